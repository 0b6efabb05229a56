import { type Actor, can, type Scope } from '../../access/index.js'

/** What the report rules look at of an agreement. */
export type AgreementOwnership = { organizationId: string; regionCode: string }

/**
 * Whether the caller may see the agreement at all in its current state: a partner does not see one still in
 * preparation (its amounts are under discussion), so its pages and report form answer not found.
 */
export function canSeeAgreementInState(actor: Actor, status: string): boolean {
  return !(isPartnerAccount(actor) && status === 'preparation')
}

/** A partner organization's account (the portal), as opposed to staff and the system. */
export function isPartnerAccount(actor: Actor): boolean {
  return actor.kind === 'user' && can(actor, 'portal.use')
}

/** Reading an agreement's reports: its own organization's partner accounts, and staff of its region. */
export function canReadAgreementReports(actor: Actor, scope: Scope, agreement: AgreementOwnership): boolean {
  if (actor.kind === 'system') return true
  if (isPartnerAccount(actor)) return scope.organizationId === agreement.organizationId
  return can(actor, 'partners.read') && scope.coversRegion(agreement.regionCode)
}

/**
 * Submitting a report: the organization itself, or a director of the region who records a report the organization
 * sent another way (by mail); read-only staff may not.
 */
export function canSubmitReport(actor: Actor, scope: Scope, agreement: AgreementOwnership): boolean {
  if (actor.kind === 'system') return true
  if (isPartnerAccount(actor)) return scope.organizationId === agreement.organizationId
  return can(actor, 'partners.manage') && scope.coversRegion(agreement.regionCode)
}

/** Reviewing a report (accept, send back): the region's directors; never the organization. */
export function canReviewReport(actor: Actor, scope: Scope, agreement: AgreementOwnership): boolean {
  if (actor.kind === 'system') return true
  return !isPartnerAccount(actor) && can(actor, 'partners.manage') && scope.coversRegion(agreement.regionCode)
}

/** The directorate's list of reports awaiting review: staff who read partners' records. */
export function canListPendingReports(actor: Actor): boolean {
  if (actor.kind === 'system') return true
  return !isPartnerAccount(actor) && can(actor, 'partners.read')
}
