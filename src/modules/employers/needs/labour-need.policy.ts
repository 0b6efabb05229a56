import { type Actor, can, type Scope } from '../../access/index.js'
import type { labourNeedStatuses } from './labour-need.schema.js'

// Pure rules: who may do what with labour needs, and which status changes make sense. The service asks; pages ask too.

export type LabourNeedStatus = (typeof labourNeedStatuses)[number]

/** Advisors, directors and admins read the labour needs of their scope (a need's region is its enterprise's). */
export function canReadNeeds(actor: Actor): boolean {
  return can(actor, 'employers.read')
}

/** Advisors and admins record and change labour needs, within their scope's regions. */
export function canWriteNeeds(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'employers.write') && (regionCode === undefined || scope.coversRegion(regionCode))
}

/**
 * Status changes: open ↔ partially filled → filled (a one-position need goes from open to filled at once); any
 * status → cancelled; a cancelled or filled need reopens (open). A filled or cancelled need does not become partially
 * filled without reopening first: the proposals feature re-derives it from its hires.
 */
const moves: Record<LabourNeedStatus, readonly LabourNeedStatus[]> = {
  open: ['partially_filled', 'filled', 'cancelled'],
  partially_filled: ['open', 'filled', 'cancelled'],
  filled: ['open', 'cancelled'],
  cancelled: ['open'],
}

/** Whether a need may go from one status to another (staying put is always allowed). */
export function canChangeStatus(from: LabourNeedStatus, to: LabourNeedStatus): boolean {
  return from === to || moves[from].includes(to)
}
