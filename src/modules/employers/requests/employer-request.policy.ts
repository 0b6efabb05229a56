import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who handles employer requests. A request belongs to a region: the advisors (and admins) whose scope
// reaches it handle it (employers.write).

/** Advisors and admins handle the employer requests of their regions. */
export function canHandleEmployerRequests(actor: Actor): boolean {
  return can(actor, 'employers.write')
}

/** Whether the caller may see and handle one request of a region. */
export function canHandleEmployerRequest(actor: Actor, scope: Scope, regionCode: string): boolean {
  return canHandleEmployerRequests(actor) && scope.coversRegion(regionCode)
}

/** A request waits for a decision while it is new; converted and rejected ones are done. */
export function isOpenEmployerRequest(status: string): boolean {
  return status === 'new'
}
