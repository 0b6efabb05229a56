import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with service points. The service asks; pages ask too, to show only what works.

/** Staff of any role read their territory's service points (they are public information). */
export function canReadServicePoints(actor: Actor): boolean {
  return can(actor, 'territory.read')
}

/** Admins manage service points, within their scope's regions. */
export function canManageServicePoints(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'territory.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}
