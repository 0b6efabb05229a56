import { type Actor, can, type Scope } from '../../access/index.js'

/** Staff read the local actions of their scope (partners.read); partner accounts go through the portal instead. */
export function canReadActions(actor: Actor): boolean {
  return can(actor, 'partners.read')
}

/** Directors and admins record actions in their regions (or, without a region, somewhere in their scope). */
export function canManageActions(actor: Actor, scope: Scope, regionCode?: string): boolean {
  if (!can(actor, 'partners.manage')) return false
  if (regionCode) return scope.coversRegion(regionCode)
  return scope.regionCodes === 'all' || scope.regionCodes.length > 0
}

/** Admins keep the catalogue of action kinds, shared by every region. */
export function canManageActionKinds(actor: Actor): boolean {
  return can(actor, 'partners.catalogue')
}
