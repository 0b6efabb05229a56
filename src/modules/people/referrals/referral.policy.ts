import type { referralStatuses } from './referral.schema.js'

export type ReferralStatus = (typeof referralStatuses)[number]
/** Who moves a referral to a status: the partner organization answers, the agent redirects or cancels, a job expires. */
export type ReferralSide = 'partner' | 'agent' | 'system'

// The closed loop (issue 6): envoyée → reçue → acceptée / refusée → en cours → complétée / non complétée; expirée when
// nobody answered in time. While the loop is open the agent may re-route the referral to another organization (also
// after a refusal or an expiry: that is when one re-routes) or cancel it. Accepted → not completed: the person never
// came, so the service never started.
const next: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['received', 'expired', 'rerouted', 'cancelled'],
  received: ['accepted', 'declined', 'expired', 'rerouted', 'cancelled'],
  accepted: ['in_progress', 'not_completed', 'rerouted', 'cancelled'],
  declined: ['rerouted'],
  in_progress: ['completed', 'not_completed', 'rerouted', 'cancelled'],
  completed: [],
  not_completed: [],
  expired: ['rerouted'],
  rerouted: [],
  cancelled: [],
}

/** Which side makes each move. */
export const sideOf: Record<ReferralStatus, ReferralSide> = {
  sent: 'agent',
  received: 'partner',
  accepted: 'partner',
  declined: 'partner',
  in_progress: 'partner',
  completed: 'partner',
  not_completed: 'partner',
  expired: 'system',
  rerouted: 'agent',
  cancelled: 'agent',
}

/** Whether a referral may move from one status to another. */
export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return next[from].includes(to)
}

/** The statuses a referral may move to from its current one. */
export function nextStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return next[from]
}

/** The moves a side may make from a status (the buttons a page offers). */
export function movesOf(from: ReferralStatus, side: ReferralSide): ReferralStatus[] {
  return next[from].filter((to) => sideOf[to] === side)
}

/** Whether the loop is closed: nothing more happens to the referral (a re-routed one lives on as a new referral). */
export function isClosed(status: ReferralStatus): boolean {
  return next[status].length === 0
}

/** Whether the referral waits for the organization's answer (the expiry job's targets, "Mon travail"). */
export function awaitsAnswer(status: ReferralStatus): boolean {
  return status === 'sent' || status === 'received'
}

/** The field a move requires: a refusal gives its reason, an end of service its outcome. */
export function requiredFieldOf(to: ReferralStatus): 'reason' | 'outcome' | null {
  if (to === 'declined') return 'reason'
  if (to === 'completed' || to === 'not_completed') return 'outcome'
  return null
}
