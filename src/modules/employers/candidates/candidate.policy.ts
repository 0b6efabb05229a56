import { type Actor, can, type Scope } from '../../access/index.js'

// Who may do what with candidate profiles (which profiles they reach is `candidate.access.ts`'s question).

/** Whether the actor may open candidate profiles: agents, advisors, directors and admins (`candidates.read`). */
export function canReadProfiles(actor: Actor): boolean {
  return can(actor, 'candidates.read')
}

/** Whether the actor may create, change, close and reopen candidate profiles (agents, advisors, admins). */
export function canWriteProfiles(actor: Actor): boolean {
  return can(actor, 'candidates.write')
}

/**
 * Whether the actor may change this profile: a writer whose scope covers the person's current region. Declared
 * mobility lets another region's staff see and match the profile, never change or close it.
 */
export function canWriteProfile(actor: Actor, scope: Scope, profile: { currentRegionCode: string }): boolean {
  return canWriteProfiles(actor) && scope.coversRegion(profile.currentRegionCode)
}
