import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may read and change an agreement's schedule and deliverables. Pages ask them too.

/** Every staff member reads the obligations of their regions' agreements. */
export function canReadObligations(actor: Actor): boolean {
  return can(actor, 'partners.read')
}

/** Directors and admins set schedules, record payments and deliverables, review them: in their regions. */
export function canManageObligations(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'partners.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}
