import { type Actor, can, type Scope } from '../../access/index.js'

/** Advisors, directors and admins read the services given to the enterprises of their scope (employers.read). */
export function canReadAdvisorServices(actor: Actor): boolean {
  return can(actor, 'employers.read')
}

/** Advisors and admins record services for the enterprises of their regions (or, without a region, somewhere). */
export function canRecordAdvisorServices(actor: Actor, scope: Scope, regionCode?: string): boolean {
  if (!can(actor, 'employers.write')) return false
  if (regionCode) return scope.coversRegion(regionCode)
  return scope.regionCodes === 'all' || scope.regionCodes.length > 0
}
