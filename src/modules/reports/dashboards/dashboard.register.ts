import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerDashboardPage } from './dashboard.pages.js'
import { registerDashboardDownloads } from './dashboard.routes.js'

/** The dashboards: the page (`/app/tableaux-de-bord`), each chart's CSV and XLSX, the PDF of them all. */
export function registerDashboards(app: FastifyInstance, deps: ModuleDeps): void {
  registerDashboardPage(app, deps)
  registerDashboardDownloads(app, deps)
}
