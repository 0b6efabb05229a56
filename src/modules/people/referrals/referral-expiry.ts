import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { insertReferralEvent, expireOverdueRows } from './referral.queries.js'

/**
 * The expiry job: referrals still waiting for the organization's answer (sent or received) whose answer was due before
 * `today` become expired, each with its history event and audit event (the system acts). Returns how many expired.
 */
export async function expireOverdueReferrals(ctx: Ctx, { today }: { today: string }): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const expired = await expireOverdueRows(tx.db, today, tx.now)
    // The history in one insert; each audit event is chained to the previous one, so they are written in turn.
    await insertReferralEvent(
      tx.db,
      expired.map((r) => ({
        referralId: r.id,
        fromStatus: r.from_status,
        toStatus: 'expired' as const,
        at: tx.now,
        by: null,
      })),
    )
    for (const r of expired) {
      await recordAudit(tx, {
        action: 'referral.expired',
        entityType: 'referral',
        entityId: r.id,
        regionCode: r.region_code,
      })
    }
    return expired.length
  })
}
