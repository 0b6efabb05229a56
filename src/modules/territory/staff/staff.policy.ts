import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with the team. Pages ask them too, to offer only what will work.

/** Staff of any role read their territory's team (professional contact details). */
export function canReadStaff(actor: Actor): boolean {
  return can(actor, 'territory.read')
}

/** Directors and admins manage the team of their scope's regions. */
export function canManageStaff(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'staff.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}

/** Admins open, disable and reset team members' sign-in accounts. */
export function canManageStaffAccounts(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'users.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}
