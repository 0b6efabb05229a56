import { type Actor, can } from '../../access/index.js'

// Who may do what with candidate profiles (which profiles they reach is `candidate.access.ts`'s question).

/** Whether the actor may open candidate profiles: those who write them, and the directorate's employer services. */
export function canReadProfiles(actor: Actor): boolean {
  return can(actor, 'candidates.write') || can(actor, 'employers.read')
}

/** Whether the actor may create, change, close and reopen candidate profiles (agents, advisors, admins). */
export function canWriteProfiles(actor: Actor): boolean {
  return can(actor, 'candidates.write')
}
