import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerDrillDownPages } from './drilldown.pages.js'
import { registerDrillDownRoutes } from './drilldown.routes.js'

/** The records behind each figure of the Bilan: staff pages and `GET /api/v1/reports/bilan/records`. */
export function registerDrillDown(app: FastifyInstance, deps: ModuleDeps): void {
  registerDrillDownPages(app, deps)
  registerDrillDownRoutes(app, deps)
}
