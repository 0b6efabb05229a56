import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerReportRoutes } from './report.routes.js'

/** Partner reports: the API, the portal's agreements and report form, the directorate's review pages. */
export async function registerReports(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerReportRoutes(app, deps)
}
