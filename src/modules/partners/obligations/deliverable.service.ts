import { eq } from 'drizzle-orm'
import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, invalidInput, notFound } from '../../../platform/errors.js'
import { formatDate } from '../../../platform/views/i18n.js'
import { plusMonths } from './civil-dates.js'
import { markReceivedInTx, reviewInTx } from './deliverable-status.js'
import { agreementInScope } from './instalment.service.js'
import type { DeliverableInput, DeliverableOutput, ReviewInput } from './obligation.contracts.js'
import { assertCanManage, assertCanRead, assertRegion } from './obligation.policy.js'
import { presentDeliverable } from './obligation.presenter.js'
import { type AgreementFacts, findDeliverableWithFacts, listDeliverableRows } from './obligation.queries.js'
import { deliverables } from './obligation.schema.js'

/** Final reports come after the agreement ends: a deliverable may be due up to six months after its end. */
export const REPORTING_MONTHS_AFTER_END = 6

/** The deliverables of an agreement, by due date. */
export async function listDeliverables(ctx: Ctx, agreementId: string): Promise<DeliverableOutput[]> {
  assertCanRead(ctx)
  await agreementInScope(ctx, agreementId)
  const today = civilDate(ctx.now)
  return (await listDeliverableRows(ctx.db, agreementId)).map((r) => presentDeliverable(r, today))
}

/** One deliverable and its agreement's facts, in the caller's scope. */
export async function getDeliverable(ctx: Ctx, id: string) {
  assertCanRead(ctx)
  const found = await findDeliverableWithFacts(ctx.db, id)
  if (!found) throw notFound('deliverable')
  assertRegion(ctx, found.agreement.regionCode, 'deliverable')
  return { deliverable: presentDeliverable(found.deliverable, civilDate(ctx.now)), agreement: found.agreement }
}

function checkDueOn(dueOn: string, agreement: AgreementFacts): void {
  const latest = plusMonths(agreement.endOn, REPORTING_MONTHS_AFTER_END)
  if (dueOn < agreement.startOn) {
    throw invalidInput({
      dueOn: { fr: 'L’échéance précède le début de l’entente.', en: 'The due date is before the agreement starts.' },
    })
  }
  if (dueOn > latest) {
    throw invalidInput({
      dueOn: {
        fr: `L’échéance dépasse de plus de six mois la fin de l’entente (au plus tard le ${formatDate(latest, 'fr')}).`,
        en: `The due date is more than six months after the agreement ends (${formatDate(latest, 'en')} at the latest).`,
      },
    })
  }
}

/** Adds a deliverable to an agreement, due within its period or the six months after. */
export async function addDeliverable(
  ctx: Ctx,
  agreementId: string,
  input: DeliverableInput,
): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    const agreement = await agreementInScope(tx, agreementId)
    checkDueOn(input.dueOn, agreement)
    const [row] = await tx.db
      .insert(deliverables)
      .values({ agreementId, ...input })
      .returning()
    await audit(tx, 'deliverable.added', row!.id, agreement.regionCode, agreementId)
    return presentDeliverable(row!, civilDate(tx.now))
  })
}

async function deliverableInScope(tx: Ctx, id: string) {
  const found = await findDeliverableWithFacts(tx.db, id)
  if (!found) throw notFound('deliverable')
  assertRegion(tx, found.agreement.regionCode, 'deliverable')
  return found
}

/** Replaces a deliverable's kind, title and due date (not once accepted). */
export async function replaceDeliverable(ctx: Ctx, id: string, input: DeliverableInput): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    const { deliverable, agreement } = await deliverableInScope(tx, id)
    if (deliverable.status === 'accepted') {
      throw conflict('DELIVERABLE_ACCEPTED', 'status', {
        fr: 'Un livrable accepté ne change plus.',
        en: 'An accepted deliverable no longer changes.',
      })
    }
    checkDueOn(input.dueOn, agreement)
    const [row] = await tx.db.update(deliverables).set(input).where(eq(deliverables.id, id)).returning()
    await audit(tx, 'deliverable.updated', id, agreement.regionCode, agreement.id)
    return presentDeliverable(row!, civilDate(tx.now))
  })
}

/** Removes a deliverable entered by mistake: only while due and never received. */
export async function removeDeliverable(ctx: Ctx, id: string): Promise<void> {
  assertCanManage(ctx)
  await inTransaction(ctx, async (tx) => {
    const { deliverable, agreement } = await deliverableInScope(tx, id)
    if (deliverable.status !== 'due' || deliverable.receivedOn) {
      throw conflict('DELIVERABLE_RECEIVED', 'status', {
        fr: 'Un livrable déjà reçu ne peut pas être retiré.',
        en: 'A deliverable already received cannot be removed.',
      })
    }
    await tx.db.delete(deliverables).where(eq(deliverables.id, id))
    await audit(tx, 'deliverable.removed', id, agreement.regionCode, agreement.id)
  })
}

/** Staff record that a deliverable came in (by mail, by email): due or returned → received. */
export async function recordDeliverableReceived(ctx: Ctx, id: string, receivedOn: string): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    await deliverableInScope(tx, id)
    return presentDeliverable(await markReceivedInTx(tx, id, receivedOn), civilDate(tx.now))
  })
}

/** Staff accept a received deliverable or send it back with a comment. */
export async function reviewDeliverable(ctx: Ctx, id: string, review: ReviewInput): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    await deliverableInScope(tx, id)
    return presentDeliverable(await reviewInTx(tx, id, review.decision, review.comment), civilDate(tx.now))
  })
}

function audit(tx: Ctx, action: string, id: string, regionCode: string, agreementId: string) {
  return recordAudit(tx, { action, entityType: 'deliverable', entityId: id, regionCode, details: { agreementId } })
}
