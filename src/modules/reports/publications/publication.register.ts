import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerNarrativePages } from './narrative.pages.js'
import { registerPublicationPages } from './publication.pages.js'

/** This feature's pages: the director's narrative, publishing a Bilan, the list of published versions. */
export function registerPublications(app: FastifyInstance, deps: ModuleDeps): void {
  registerNarrativePages(app, deps)
  registerPublicationPages(app, deps)
}
