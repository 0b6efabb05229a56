import { assertCan, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { anonymizePersons, findExpiredPersons } from './retention.queries.js'

/** Persons anonymized per transaction: a long backlog commits in steps, each with its audit events. */
const BATCH = 200

/**
 * Loi 25 retention: anonymizes the files of persons whose every dossier was closed at least `retentionYears` ago (on
 * `today`, a civil date) and who have no request waiting. Names, contacts, address and household link are erased,
 * the birth date becomes January 1st of its year, the words of dossiers, needs, plan steps, interventions and referrals
 * become `[anonymisé]`; the dossiers, interventions (dates, regions, modes, durations) and referral statuses stay, so
 * the Bilan's counts do not change. Idempotent (an anonymized person is never taken again). One `person.anonymized`
 * audit event per person.
 */
export async function anonymizeExpiredDossiers(
  ctx: Ctx,
  input: { today: string; retentionYears: number },
): Promise<{ anonymized: number }> {
  assertCan(ctx.actor, 'people.privacy')
  let anonymized = 0
  for (;;) {
    const done = await inTransaction(ctx, async (tx) => {
      const batch = await findExpiredPersons(tx.db, input.today, input.retentionYears, BATCH)
      if (batch.length === 0) return 0
      await anonymizePersons(
        tx.db,
        batch.map((p) => p.id),
        tx.now,
      )
      for (const p of batch) {
        await recordAudit(tx, {
          action: 'person.anonymized',
          entityType: 'person',
          entityId: p.id,
          regionCode: p.regionCode,
          details: { retentionYears: input.retentionYears },
        })
      }
      return batch.length
    })
    anonymized += done
    if (done < BATCH) return { anonymized }
  }
}
