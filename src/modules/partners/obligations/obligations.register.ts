import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerAgingPage } from './aging.pages.js'
import { registerDeliverablePages } from './deliverable.pages.js'
import { registerFinanceExport } from './finance-export.routes.js'
import { registerInstalmentPages } from './instalment.pages.js'
import { registerObligationRoutes } from './obligation.routes.js'

/** This feature's pages and API: payment schedules, payments, deliverables, the aging view and the finance export. */
export function registerObligations(app: FastifyInstance, deps: ModuleDeps): void {
  registerInstalmentPages(app, deps)
  registerDeliverablePages(app, deps)
  registerAgingPage(app, deps)
  registerFinanceExport(app, deps)
  registerObligationRoutes(app, deps)
}
