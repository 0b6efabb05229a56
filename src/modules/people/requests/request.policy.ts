import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may triage online requests. A request belongs to a region (it has no service point yet): staff whose
// scope reaches the region, a service point's staff included, triage it.

/** Agents, directors and admins triage the online requests of their regions. */
export function canTriageRequests(actor: Actor): boolean {
  return can(actor, 'requests.triage')
}

/** Whether the caller may see and handle one request of a region. */
export function canTriageRequest(actor: Actor, scope: Scope, regionCode: string): boolean {
  return canTriageRequests(actor) && scope.coversRegion(regionCode)
}

/** A request still waits for a decision while it is new or assigned; converted and rejected ones are done. */
export function isOpenRequest(status: string): boolean {
  return status === 'new' || status === 'assigned'
}
