import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerCataloguePages } from './catalogue.pages.js'
import { registerNeedRoutes } from './need.routes.js'

/** This feature's API routes and pages: a dossier's needs (API) and the needs catalogue's administration. */
export function registerNeeds(app: FastifyInstance, deps: ModuleDeps): void {
  registerNeedRoutes(app, deps)
  registerCataloguePages(app, deps)
}
