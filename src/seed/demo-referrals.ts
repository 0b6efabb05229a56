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
type Walk = [days: number, to: Move, detail?: string][]

/** Moves a referral through the loop on successive days, as the organization (and the agent) answered. */
async function walk(ctx: Ctx, id: string, steps: Walk) {
  for (const [days, to, detail] of steps) {
    const reason = to === 'declined' ? (detail ?? 'Service complet pour la session.') : undefined
    const outcome = to === 'completed' || to === 'not_completed' ? (detail ?? 'Objectif atteint.') : undefined
    await transitionReferral(later(ctx, days), id, { to, reason, outcome })
  }
}

/** The organization's answers, day after day after it was sent, for the ends that are plain walks through the loop. */
const walks: Record<Exclude<ReferralScript, 'sent' | 'expired' | 'rerouted'>, Walk> = {
  accepted: [
    [1, 'received'],
    [2, 'accepted'],
  ],
  completed: [
    [1, 'received'],
    [2, 'accepted'],
    [5, 'in_progress'],
    [40, 'completed'],
  ],
  not_completed: [
    [1, 'received'],
    [2, 'accepted'],
    [20, 'not_completed', 'La personne ne s’est pas présentée.'],
  ],
  declined: [
    [2, 'received'],
    [3, 'declined'],
  ],
  cancelled: [[4, 'cancelled']],
}

/** Declined as out of territory, then re-routed to another organization, which completes it. */
async function reroute(ctx: Ctx, id: string, from: string, places: { organizations: readonly string[] }) {
  await walk(ctx, id, [
    [1, 'received'],
    [3, 'declined', 'Hors de notre territoire.'],
  ])
  const other = places.organizations.find((o) => o !== from)!
  const next = await rerouteReferral(later(ctx, 4), id, { organizationId: other }, settings)
  await walk(later(ctx, 4), next.id, [
    [1, 'received'],
    [2, 'accepted'],
    [6, 'in_progress'],
    [45, 'completed'],
  ])
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
  if (end === 'sent') return
  if (end === 'rerouted') return reroute(ctx, id, to.organizationId, places)
  if (end === 'expired') {
    // Nobody answered: the expiry job's use case, run on a day past the answer's due date.
    const day = later(ctx, 16)
    await expireOverdueReferrals(day, { today: day.now.toISOString().slice(0, 10) })
    return
  }
  return walk(ctx, id, walks[end])
}
