import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { insertReferralEvent, expireOverdueRows } from './referral.queries.js'

/**
 * The expiry job: referrals still waiting for the organization's answer (sent or received) whose answer was due before
 * `today` become expired, each with its history event and audit event (the system acts). Returns how many expired.
 */
export async function expireOverdueReferrals(ctx: Ctx, { today }: { today: string }): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const expired = await expireOverdueRows(tx.db, today, tx.now)
    for (const r of expired) {
      await insertReferralEvent(tx.db, {
        referralId: r.id,
        fromStatus: r.from_status,
        toStatus: 'expired',
        at: tx.now,
        by: null,
      })
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
