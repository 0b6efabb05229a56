import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, invalidInput, notFound } from '../../../platform/errors.js'
import { formatDate } from '../../../platform/views/i18n.js'
import { addMonths } from '../../../platform/civil-date.js'
import { markReceivedInTx, reviewInTx } from './deliverable-status.js'
import type { DeliverableInput, DeliverableOutput, ReviewInput } from './obligation.contracts.js'
import { agreementInScope, assertCanManage, assertCanRead, assertRegion } from './obligation-access.js'
import { presentDeliverable } from './obligation.presenter.js'
import {
  type AgreementFacts,
  deleteDeliverable,
  findAgreementFacts,
  findDeliverableWithFacts,
  findInstalmentWaitingOn,
  insertDeliverable,
  listDeliverableRows,
  updateDeliverable,
} from './obligation.queries.js'

/** Final reports come after the agreement ends: a deliverable may be due up to six months after its end. */
export const REPORTING_MONTHS_AFTER_END = 6

/** The deliverables of an agreement, by due date. */
export async function listDeliverables(ctx: Ctx, agreementId: string): Promise<DeliverableOutput[]> {
  assertCanRead(ctx)
  await agreementInScope(ctx, agreementId)
  const today = civilDate(ctx.now)
  return (await listDeliverableRows(ctx.db, agreementId)).map((r) => presentDeliverable(r, today))
}

/** A deliverable of the agreement in the path, in the caller's scope: another agreement's deliverable is not found. */
async function deliverableOf(ctx: Ctx, agreementId: string, id: string) {
  const found = await findDeliverableWithFacts(ctx.db, id)
  if (!found || found.agreement.id !== agreementId) throw notFound('deliverable')
  assertRegion(ctx, found.agreement.regionCode, 'deliverable')
  return found
}

/** One deliverable of an agreement and the agreement's facts, in the caller's scope. */
export async function getDeliverable(ctx: Ctx, agreementId: string, id: string) {
  assertCanRead(ctx)
  const found = await deliverableOf(ctx, agreementId, id)
  return { deliverable: presentDeliverable(found.deliverable, civilDate(ctx.now)), agreement: found.agreement }
}

function checkDueOn(dueOn: string, agreement: AgreementFacts): void {
  const latest = addMonths(agreement.endOn, REPORTING_MONTHS_AFTER_END)
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
    const row = await insertDeliverable(tx.db, { agreementId, ...input })
    await audit(tx, 'deliverable.added', row.id, agreement.regionCode, agreementId)
    return presentDeliverable(row, civilDate(tx.now))
  })
}

/** Replaces a deliverable's kind, title and due date (not once accepted). */
export async function replaceDeliverable(
  ctx: Ctx,
  agreementId: string,
  id: string,
  input: DeliverableInput,
): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    const { deliverable, agreement } = await deliverableOf(tx, agreementId, id)
    if (deliverable.status === 'accepted') {
      throw conflict('DELIVERABLE_ACCEPTED', 'status', {
        fr: 'Un livrable accepté ne change plus.',
        en: 'An accepted deliverable no longer changes.',
      })
    }
    checkDueOn(input.dueOn, agreement)
    const row = await updateDeliverable(tx.db, id, input)
    await audit(tx, 'deliverable.updated', id, agreement.regionCode, agreement.id)
    return presentDeliverable(row, civilDate(tx.now))
  })
}

const waitedOn = (number: number) =>
  conflict('DELIVERABLE_AWAITED', 'status', {
    fr: `Le versement ${number} attend ce livrable : retirez d’abord cette condition de l’échéancier.`,
    en: `Payment ${number} waits for this deliverable: remove that condition from the schedule first.`,
  })

/**
 * Removes a deliverable entered by mistake: only while due, never received, and no instalment waiting on it (the
 * payment would silently lose its condition). The agreement is locked, as the schedule's replacement locks it.
 */
export async function removeDeliverable(ctx: Ctx, agreementId: string, id: string): Promise<void> {
  assertCanManage(ctx)
  await inTransaction(ctx, async (tx) => {
    const { deliverable, agreement } = await deliverableOf(tx, agreementId, id)
    await findAgreementFacts(tx.db, agreementId, true)
    if (deliverable.status !== 'due' || deliverable.receivedOn) {
      throw conflict('DELIVERABLE_RECEIVED', 'status', {
        fr: 'Un livrable déjà reçu ne peut pas être retiré.',
        en: 'A deliverable already received cannot be removed.',
      })
    }
    const number = await findInstalmentWaitingOn(tx.db, id)
    if (number !== undefined) throw waitedOn(number)
    await deleteDeliverable(tx.db, id)
    await audit(tx, 'deliverable.removed', id, agreement.regionCode, agreement.id)
  })
}

/** Staff record that a deliverable came in (by mail, by email): due or returned → received. */
export async function recordDeliverableReceived(
  ctx: Ctx,
  agreementId: string,
  id: string,
  receivedOn: string,
): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    await deliverableOf(tx, agreementId, id)
    return presentDeliverable(await markReceivedInTx(tx, id, receivedOn), civilDate(tx.now))
  })
}

/** Staff accept a received deliverable or send it back with a comment. */
export async function reviewDeliverable(
  ctx: Ctx,
  agreementId: string,
  id: string,
  review: ReviewInput,
): Promise<DeliverableOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    await deliverableOf(tx, agreementId, id)
    return presentDeliverable(await reviewInTx(tx, id, review.decision, review.comment), civilDate(tx.now))
  })
}

function audit(tx: Ctx, action: string, id: string, regionCode: string, agreementId: string) {
  return recordAudit(tx, { action, entityType: 'deliverable', entityId: id, regionCode, details: { agreementId } })
}
