import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with the organization directory. The service asks; pages ask too, to show only what works.

/** Staff read the organizations of their regions. */
export function canReadOrganizations(actor: Actor): boolean {
  return can(actor, 'partners.read')
}

/** Directors and admins manage the organizations of their regions. */
export function canManageOrganizations(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'partners.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}

/**
 * The capacity is kept up to date by the partner itself (its portal account, for its own organization only) and may be
 * corrected by the staff who manage the organization's region.
 */
export function canUpdateCapacity(actor: Actor, scope: Scope, org: { id: string; regionCode: string }): boolean {
  if (can(actor, 'portal.use') && scope.organizationId === org.id) return true
  return canManageOrganizations(actor, scope, org.regionCode)
}
