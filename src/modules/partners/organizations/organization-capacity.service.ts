import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { forbidden } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { type CapacityInput, capacityInput, type OrganizationOutput } from './organization.contracts.js'
import { canUpdateCapacity } from './organization.policy.js'
import { updateOrganizationRow } from './organization.queries.js'
import { getOrganizationRowInScope, presentWithAuthor } from './organization.service.js'

/**
 * States the organization's capacity today (status, persons waiting, a note), with when and by whom: its own partner
 * account, or the staff who manage its region; other staff of the region are refused, anyone else finds nothing.
 */
export async function updateCapacity(ctx: Ctx, id: string, data: CapacityInput): Promise<OrganizationOutput> {
  const input = parseInput(capacityInput, data)
  return inTransaction(ctx, async (tx) => {
    const current = await getOrganizationRowInScope(tx, id)
    // Staff who read it but do not manage it know it exists: refused, not hidden.
    if (!canUpdateCapacity(tx.actor, tx.scope, current)) throw forbidden()
    const row = await updateOrganizationRow(tx.db, id, {
      capacityStatus: input.status,
      // Only a waiting list has persons waiting; another status clears a stale count.
      waitingCount: input.status === 'waiting_list' ? (input.waitingCount ?? null) : null,
      capacityNote: input.note ?? null,
      capacityUpdatedAt: tx.now,
      capacityUpdatedBy: actorUserId(tx.actor),
    })
    await recordAudit(tx, {
      action: 'organization.capacity_updated',
      entityType: 'organization',
      entityId: id,
      regionCode: row.regionCode,
      details: { status: input.status },
    })
    return presentWithAuthor(tx, row)
  })
}
