import { type Ctx, can } from '../../access/index.js'
import { notFound } from '../../../platform/errors.js'
import { canWorkDossier } from '../access.js'
import { getDossierRowForRead } from '../dossiers/dossier.service.js'
import type { ReferralSide } from './referral.policy.js'
import { findReferral, type ReferralWithDossier } from './referral.queries.js'

/** A referral as the caller reaches it: from which side, and whether they may work it (staff at the dossier's place). */
export type ReachedReferral = { referral: ReferralWithDossier; side: ReferralSide; canWork: boolean }

/** Whether the caller answers referrals for an organization (partner accounts), rather than sending them (staff). */
export function isPartner(ctx: Ctx): boolean {
  return ctx.actor.kind === 'user' && can(ctx.actor, 'referrals.respond')
}

/**
 * The referral when the caller may reach it: partner users only those addressed to their organization, staff those of
 * the dossiers they read (working them only at the dossier's current place); not_found for everyone else.
 */
export async function reachReferral(ctx: Ctx, id: string): Promise<ReachedReferral> {
  const referral = await findReferral(ctx.db, id)
  if (!referral) throw notFound('referral')
  if (ctx.actor.kind === 'system') return { referral, side: 'system', canWork: true }
  if (isPartner(ctx)) {
    if (!ctx.scope.coversOrganization(referral.organizationId)) throw notFound('referral')
    return { referral, side: 'partner', canWork: true }
  }
  if (!can(ctx.actor, 'people.read')) throw notFound('referral')
  const dossier = await getDossierRowForRead(ctx, referral.dossierId).catch(() => {
    throw notFound('referral')
  })
  return { referral, side: 'agent', canWork: can(ctx.actor, 'people.write') && canWorkDossier(ctx.scope, dossier) }
}
