import { type Actor, can } from '../../access/index.js'

/** Advisors, directors and admins read matches (of needs and candidates their scope reaches). */
export function canReadMatches(actor: Actor): boolean {
  return can(actor, 'employers.read')
}

/** Advisors and admins propose a candidate (the button is shown only to them). */
export function canProposeCandidates(actor: Actor): boolean {
  return can(actor, 'employers.write')
}
