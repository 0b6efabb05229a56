import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerPortalAgreementPages } from './portal-agreement.pages.js'
import { registerPortalReportPages } from './portal-report.pages.js'
import { registerReportFormPages } from './report-form.pages.js'
import { registerReportInboxPage } from './report-inbox.pages.js'
import { registerStaffReportPages } from './report-staff.pages.js'
import { registerReportRoutes } from './report.routes.js'

/** Partner reports: the API, the portal's agreements and report form, the directorate's review pages. */
export async function registerReports(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerReportRoutes(app, deps)
  registerPortalAgreementPages(app, deps)
  registerPortalReportPages(app, deps)
  await registerReportFormPages(app, deps)
  registerStaffReportPages(app, deps)
  registerReportInboxPage(app, deps)
}
