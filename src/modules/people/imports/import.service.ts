import { assertCan, type Ctx } from '../../access/index.js'
import { importCsv, type ImportReport } from '../../access/index.js'
import { type ImportEntity, importSpecs } from './import.specs.js'

/** Imports a CSV file of persons, dossiers or interventions, all-or-nothing (admins: `people.import`). */
export async function importFile(ctx: Ctx, entity: ImportEntity, text: string): Promise<ImportReport> {
  assertCan(ctx.actor, 'people.import')
  switch (entity) {
    case 'persons':
      return importCsv(ctx, importSpecs.persons, text)
    case 'dossiers':
      return importCsv(ctx, importSpecs.dossiers, text)
    case 'interventions':
      return importCsv(ctx, importSpecs.interventions, text)
  }
}
