import type { Ctx } from '../modules/access/index.js'
import { createReferral, expireOverdueReferrals, rerouteReferral, transitionReferral } from '../modules/people/index.js'

/** How a demo referral ends: every status of the loop appears in the demo. */
export type ReferralScript =
  | 'sent'
  | 'accepted'
  | 'completed'
  | 'not_completed'
  | 'declined'
  | 'expired'
  | 'rerouted'
  | 'cancelled'

const settings = { referralExpiryWorkingDays: 10 }
const later = (ctx: Ctx, days: number): Ctx => ({ ...ctx, now: new Date(ctx.now.getTime() + days * 86_400_000) })

type Move = Parameters<typeof transitionReferral>[2]['to']

/** Moves a referral through the loop on successive days, as the organization (and the agent) answered. */
async function walk(ctx: Ctx, id: string, steps: [days: number, to: Move, detail?: string][]) {
  for (const [days, to, detail] of steps) {
    const reason = to === 'declined' ? (detail ?? 'Service complet pour la session.') : undefined
    const outcome = to === 'completed' || to === 'not_completed' ? (detail ?? 'Objectif atteint.') : undefined
    await transitionReferral(later(ctx, days), id, { to, reason, outcome })
  }
}

/** Sends a referral of a dossier (its needs shared) and plays the organization's answers to the given end. */
export async function demoReferral(
  ctx: Ctx,
  to: { dossierId: string; needIds: string[]; organizationId: string },
  end: ReferralScript,
  places: { organizations: readonly string[] },
): Promise<void> {
  const { id } = await createReferral(
    ctx,
    {
      dossierId: to.dossierId,
      organizationId: to.organizationId,
      serviceWanted: 'Accompagnement selon le plan d’action',
      message: 'La personne souhaite commencer rapidement.',
      needIds: to.needIds.slice(0, 2),
      stepIds: [],
      shareContact: false,
    },
    settings,
  )
  switch (end) {
    case 'sent':
      return
    case 'accepted':
      return walk(ctx, id, [
        [1, 'received'],
        [2, 'accepted'],
      ])
    case 'completed':
      return walk(ctx, id, [
        [1, 'received'],
        [2, 'accepted'],
        [5, 'in_progress'],
        [40, 'completed'],
      ])
    case 'not_completed':
      return walk(ctx, id, [
        [1, 'received'],
        [2, 'accepted'],
        [20, 'not_completed', 'La personne ne s’est pas présentée.'],
      ])
    case 'declined':
      return walk(ctx, id, [
        [2, 'received'],
        [3, 'declined'],
      ])
    case 'expired': {
      // Nobody answered: the expiry job's use case, run on a day past the answer's due date.
      const day = later(ctx, 16)
      await expireOverdueReferrals(day, { today: day.now.toISOString().slice(0, 10) })
      return
    }
    case 'cancelled':
      return walk(ctx, id, [[4, 'cancelled']])
    case 'rerouted': {
      await walk(ctx, id, [
        [1, 'received'],
        [3, 'declined', 'Hors de notre territoire.'],
      ])
      const other = places.organizations.find((o) => o !== to.organizationId)!
      const next = await rerouteReferral(later(ctx, 4), id, { organizationId: other }, settings)
      return walk(later(ctx, 4), next.id, [
        [1, 'received'],
        [2, 'accepted'],
        [6, 'in_progress'],
        [45, 'completed'],
      ])
    }
  }
}
