import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerDossierActionPages } from './dossier-actions.pages.js'
import { registerDossierDetailPage } from './dossier-detail.pages.js'
import { registerDossierListPage } from './dossier-list.pages.js'
import { registerDossierNewPage } from './dossier-new.pages.js'
import { registerDossierRoutes } from './dossier.routes.js'

/** This feature's API routes and pages. */
export function registerDossiers(app: FastifyInstance, deps: ModuleDeps): void {
  registerDossierRoutes(app, deps)
  registerDossierListPage(app, deps)
  registerDossierNewPage(app, deps)
  registerDossierDetailPage(app, deps)
  registerDossierActionPages(app, deps)
}
