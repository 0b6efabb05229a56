import type { AnyExportSource } from '../modules/access/index.js'
import { enterprisesExport } from '../modules/employers/index.js'
import { actionsExport, agreementsExport } from '../modules/partners/index.js'
import { interventionsExport, personsExport } from '../modules/people/index.js'

/**
 * Every module's background export sources (composition root): the export pages, the API, the runner and
 * `escale export <entity>` find a source here by its name.
 */
export function applicationExportSources(): AnyExportSource[] {
  return [personsExport(), interventionsExport(), enterprisesExport(), agreementsExport(), actionsExport()]
}
