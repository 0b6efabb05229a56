import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerNeedsPlanPages } from './needs-plan.pages.js'
import { registerPlanPrintPage } from './plan-print.pages.js'
import { registerPlanRoutes } from './plan.routes.js'

/** This feature's API routes and pages: the needs and plan page (assessment and steps), the printed plan. */
export function registerPlans(app: FastifyInstance, deps: ModuleDeps): void {
  registerPlanRoutes(app, deps)
  registerNeedsPlanPages(app, deps)
  registerPlanPrintPage(app, deps)
}
