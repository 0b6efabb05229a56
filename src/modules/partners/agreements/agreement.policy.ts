import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with agreements. Pages ask them too, to offer only the forms that work.

/** Staff of every role read the agreements of their regions. */
export function canReadAgreements(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'partners.read') && (regionCode === undefined || scope.coversRegion(regionCode))
}

/** Directors and admins create and change agreements, within their regions. */
export function canManageAgreements(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'partners.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}
