import { and, eq } from 'drizzle-orm'
import { actorUserId, type Ctx, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, invalidInput, notFound } from '../../../platform/errors.js'
import { agreements } from '../agreements/agreement.schema.js'
import { deliverables } from './obligation.schema.js'

// The status moves of a deliverable, shared by the staff actions and the partner portal's reports. These run inside the
// caller's transaction and check no permission or scope: the caller has already decided who may do this.

export type DeliverableRow = typeof deliverables.$inferSelect
export type ReviewDecision = 'accepted' | 'returned'

/** A deliverable and its agreement's region and period (the status change is guarded by its update's condition). */
export async function findDeliverableForUpdate(tx: Ctx, deliverableId: string) {
  const [row] = await tx.db
    .select({
      deliverable: deliverables,
      regionCode: agreements.regionCode,
      organizationId: agreements.organizationId,
      startOn: agreements.startOn,
    })
    .from(deliverables)
    .innerJoin(agreements, eq(agreements.id, deliverables.agreementId))
    .where(eq(deliverables.id, deliverableId))
  return row
}

const notReceivable = (status: string) =>
  conflict('DELIVERABLE_NOT_RECEIVABLE', 'status', {
    fr:
      status === 'accepted'
        ? 'Ce livrable est déjà accepté.'
        : 'Ce livrable est déjà reçu : acceptez-le ou renvoyez-le avant de le recevoir de nouveau.',
    en:
      status === 'accepted'
        ? 'This deliverable is already accepted.'
        : 'This deliverable is already received: accept it or send it back before receiving it again.',
  })

const notReviewable = () =>
  conflict('DELIVERABLE_NOT_RECEIVED', 'status', {
    fr: 'Seul un livrable reçu peut être accepté ou renvoyé.',
    en: 'Only a received deliverable can be accepted or sent back.',
  })

/**
 * Records that a deliverable came in on a civil date: due or returned → received (the review fields are cleared for the
 * next review). The date may not be in the future nor before the agreement starts.
 */
export async function markReceivedInTx(tx: Ctx, deliverableId: string, on: string): Promise<DeliverableRow> {
  const found = await findDeliverableForUpdate(tx, deliverableId)
  if (!found) throw notFound('deliverable')
  const { deliverable } = found
  if (deliverable.status !== 'due' && deliverable.status !== 'returned') throw notReceivable(deliverable.status)
  if (on > civilDate(tx.now)) {
    throw invalidInput({
      receivedOn: { fr: 'La date de réception est dans le futur.', en: 'The date received is in the future.' },
    })
  }
  if (on < found.startOn) {
    throw invalidInput({
      receivedOn: {
        fr: 'La date de réception précède le début de l’entente.',
        en: 'The date received is before the agreement starts.',
      },
    })
  }
  const [row] = await tx.db
    .update(deliverables)
    .set({ status: 'received', receivedOn: on, reviewedOn: null, reviewedBy: null })
    .where(and(eq(deliverables.id, deliverableId), eq(deliverables.status, deliverable.status)))
    .returning()
  // Another request changed it between the read and the update: the same answer as if it had come first.
  if (!row) throw notReceivable('received')
  await recordAudit(tx, {
    action: 'deliverable.received',
    entityType: 'deliverable',
    entityId: deliverableId,
    regionCode: found.regionCode,
    details: { agreementId: deliverable.agreementId, from: deliverable.status },
  })
  return row
}

/**
 * Reviews a received deliverable: accepted, or returned (sent back) with a comment the organization reads. The review
 * date is today (Québec) and the reviewer the caller.
 */
export async function reviewInTx(
  tx: Ctx,
  deliverableId: string,
  decision: ReviewDecision,
  comment: string | null | undefined,
): Promise<DeliverableRow> {
  const text = comment?.trim() || null
  if (decision === 'returned' && !text) {
    throw invalidInput({
      comment: {
        fr: 'Expliquez à l’organisme ce qu’il doit corriger avant de renvoyer le livrable.',
        en: 'Tell the organization what to correct before sending the deliverable back.',
      },
    })
  }
  const found = await findDeliverableForUpdate(tx, deliverableId)
  if (!found) throw notFound('deliverable')
  if (found.deliverable.status !== 'received') throw notReviewable()
  const [row] = await tx.db
    .update(deliverables)
    .set({ status: decision, reviewedOn: civilDate(tx.now), reviewComment: text, reviewedBy: actorUserId(tx.actor) })
    .where(and(eq(deliverables.id, deliverableId), eq(deliverables.status, 'received')))
    .returning()
  if (!row) throw notReviewable()
  await recordAudit(tx, {
    action: `deliverable.${decision}`,
    entityType: 'deliverable',
    entityId: deliverableId,
    regionCode: found.regionCode,
    details: { agreementId: found.deliverable.agreementId },
  })
  return row
}
