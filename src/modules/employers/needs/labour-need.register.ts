import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerLabourNeedDetailsPage } from './labour-need-details.pages.js'
import { registerLabourNeedFormPages } from './labour-need-form.pages.js'
import { registerLabourNeedListPage } from './labour-need-list.pages.js'
import { registerLabourNeedRoutes } from './labour-need.routes.js'

/** This feature's API routes and pages: the list, new and edit forms, details; `needsSection` is handed elsewhere. */
export function registerLabourNeeds(app: FastifyInstance, deps: ModuleDeps): void {
  registerLabourNeedRoutes(app, deps)
  registerLabourNeedListPage(app, deps)
  registerLabourNeedFormPages(app, deps)
  registerLabourNeedDetailsPage(app, deps)
}
