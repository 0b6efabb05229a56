import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerAmendmentPages } from './agreement-amendment.pages.js'
import { registerAgreementDetailsPages } from './agreement-details.pages.js'
import { registerAgreementFormPages } from './agreement-form.pages.js'
import { registerAgreementListPage } from './agreement-list.pages.js'
import type { AgreementSection } from './agreement-sections.js'
import { registerAgreementTotalsPage } from './agreement-totals.pages.js'
import { registerAgreementRoutes } from './agreement.routes.js'

/**
 * The agreements feature's API routes and pages. `sections` are drawn on the agreement page, in order, after the
 * agreement's own details (instalments and deliverables, partner reports: features this one does not import).
 */
export function registerAgreements(
  app: FastifyInstance,
  deps: ModuleDeps,
  sections: readonly AgreementSection[],
): void {
  registerAgreementRoutes(app, deps)
  // The totals page before the details page: '/app/ententes/totaux' is not an agreement id.
  registerAgreementTotalsPage(app, deps)
  registerAgreementListPage(app, deps)
  registerAgreementFormPages(app, deps)
  registerAgreementDetailsPages(app, deps, sections)
  registerAmendmentPages(app, deps)
}
