import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import type { BilanNarrative } from '../bilan/bilan.document.js'
import { type BilanPeriod, checkNarrative, type NarrativeInput } from './narrative.contracts.js'
import { findNarrative, upsertNarrative } from './narrative.queries.js'
import { assertMayPublish } from './publication.service.js'

/** The draft narrative of a region's Bilan for a period, for the director who edits it. */
export async function getNarrativeForEdit(ctx: Ctx, p: BilanPeriod): Promise<BilanNarrative> {
  await assertMayPublish(ctx, p.region)
  return findNarrative(ctx.db, p.region, p.from, p.to)
}

/**
 * Saves the draft narrative of a region's Bilan for a period (replacing the previous draft), audited. Blank paragraphs
 * are dropped; too many or too long paragraphs, or a replaced section with none in a language, are errors per field.
 */
export async function saveNarrative(ctx: Ctx, input: NarrativeInput): Promise<BilanNarrative> {
  await assertMayPublish(ctx, input.region)
  const { narrative, errors } = checkNarrative(input.sections)
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  return inTransaction(ctx, async (tx) => {
    const id = await upsertNarrative(tx.db, {
      regionCode: input.region,
      from: input.from,
      to: input.to,
      narrative,
      at: tx.now,
      by: tx.actor.kind === 'user' ? tx.actor.userId : null,
    })
    await recordAudit(tx, {
      action: 'bilan_narrative.updated',
      entityType: 'bilan_narrative',
      entityId: id,
      regionCode: input.region,
      details: { from: input.from, to: input.to, sections: Object.keys(narrative) },
    })
    return narrative
  })
}
