import { type Ctx, forbiddenUnless } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { notFound } from '../../../platform/errors.js'
import {
  findAgreementObligations,
  findOrganizationAgreement,
  listOrganizationAgreements,
  type OrganizationAgreement,
} from './portal-agreement.queries.js'
import { type OwnAgreement, presentOwnAgreement } from './portal-agreement.presenter.js'
import { isPartnerAccount } from './report.policy.js'
import { listAgreementReports } from './report.queries.js'

/** The organization of the signed-in partner account; only partner accounts use the portal's agreement pages. */
function ownOrganization(ctx: Ctx): string | null {
  forbiddenUnless(isPartnerAccount(ctx.actor))
  return ctx.scope.organizationId
}

/** The agreements of the partner's own organization (empty for an account linked to none). */
export async function listOwnAgreements(ctx: Ctx): Promise<OrganizationAgreement[]> {
  const organizationId = ownOrganization(ctx)
  return organizationId ? listOrganizationAgreements(ctx.db, organizationId) : []
}

/**
 * One agreement of the partner's own organization with its yearly amounts, payments, deliverables and the reports
 * submitted; another organization's agreement answers not_found.
 */
export async function getOwnAgreement(ctx: Ctx, id: string): Promise<OwnAgreement> {
  const organizationId = ownOrganization(ctx)
  const agreement = organizationId ? await findOrganizationAgreement(ctx.db, organizationId, id) : undefined
  if (!agreement) throw notFound('agreement')
  const [obligations, reports] = await Promise.all([
    findAgreementObligations(ctx.db, agreement.id),
    listAgreementReports(ctx.db, agreement.id),
  ])
  return presentOwnAgreement(agreement, obligations, reports, civilDate(ctx.now))
}

export type { OwnAgreement }
