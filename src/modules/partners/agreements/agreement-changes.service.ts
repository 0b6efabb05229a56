import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput } from '../../../platform/errors.js'
import type { AmendmentInput, AgreementOutput, TransitionInput, YearAmount } from './agreement.contracts.js'
import { canManageAgreements } from './agreement.policy.js'
import {
  insertAgreementEvent,
  insertAmendment,
  lockAgreement,
  replaceAmounts,
  updateAgreementRow,
} from './agreement.queries.js'
import { getAgreementOrThrow } from './agreement.service.js'
import { dateFieldOf, moveProblem } from './agreement-lifecycle.js'
import { checkAmounts } from './agreement-terms.js'

// What happens to an agreement after it is drafted: its status moves (with their civil dates) and its amendments.

const byUser = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)

/** Moves an agreement to its next status on a civil date (signed, in progress, completed, terminated with a reason). */
export async function changeAgreementStatus(ctx: Ctx, id: string, input: TransitionInput): Promise<AgreementOutput> {
  if (!canManageAgreements(ctx.actor, ctx.scope)) throw forbidden()
  await inTransaction(ctx, async (tx) => {
    await lockAgreement(tx.db, id)
    const current = await getAgreementOrThrow(tx, id)
    const problem = moveProblem(current, input.to, input.on, civilDate(tx.now))
    if (problem?.field === 'to') throw conflict('AGREEMENT_ILLEGAL_TRANSITION', 'to', problem.message)
    if (problem) throw invalidInput({ on: problem.message })
    const reason = input.reason?.trim() || null
    if (input.to === 'terminated' && !reason)
      throw invalidInput({
        reason: { fr: 'Donnez le motif de la résiliation.', en: 'Give the reason for the termination.' },
      })
    await updateAgreementRow(tx.db, id, {
      status: input.to,
      [dateFieldOf[input.to]]: input.on,
      ...(input.to === 'terminated' ? { terminationReason: reason } : {}),
      updatedAt: tx.now,
    })
    await insertAgreementEvent(tx.db, {
      agreementId: id,
      fromStatus: current.status,
      toStatus: input.to,
      on: input.on,
      comment: reason,
      at: tx.now,
      by: byUser(tx),
    })
    await recordAudit(tx, {
      action: `agreement.${input.to}`,
      entityType: 'agreement',
      entityId: id,
      regionCode: current.regionCode,
      details: { from: current.status, on: input.on },
    })
  })
  return getAgreementOrThrow(ctx, id)
}

const sameAmounts = (a: readonly YearAmount[], b: readonly YearAmount[]) =>
  JSON.stringify([...a].sort((x, y) => x.fiscalYear - y.fiscalYear)) ===
  JSON.stringify([...b].sort((x, y) => x.fiscalYear - y.fiscalYear))

/** What an amendment changes, before and after (only what differs). */
function changesOf(current: AgreementOutput, input: AmendmentInput) {
  const endOn = input.endOn ?? current.endOn
  const amounts = (input.amounts ?? current.amounts).map((a) => ({
    fiscalYear: a.fiscalYear,
    amountCents: a.amountCents,
  }))
  const changes: Record<string, { before: unknown; after: unknown }> = {}
  if (endOn !== current.endOn) changes.endOn = { before: current.endOn, after: endOn }
  if (!sameAmounts(amounts, current.amounts)) changes.amounts = { before: current.amounts, after: amounts }
  return { endOn, amounts, changes }
}

function checkAmendable(current: AgreementOutput, input: AmendmentInput, today: string): void {
  if (current.status === 'preparation')
    throw conflict('AGREEMENT_IN_PREPARATION', 'status', {
      fr: 'Une entente en préparation se modifie directement, sans avenant.',
      en: 'An agreement in preparation is edited directly, without an amendment.',
    })
  if (current.status !== 'signed' && current.status !== 'in_progress')
    throw conflict('AGREEMENT_CLOSED', 'status', {
      fr: 'Une entente terminée ou résiliée ne reçoit plus d’avenant.',
      en: 'A completed or terminated agreement takes no more amendments.',
    })
  if (input.signedOn > today)
    throw invalidInput({
      signedOn: { fr: 'La date ne peut pas être dans le futur.', en: 'The date cannot be in the future.' },
    })
  if (current.signedOn && input.signedOn < current.signedOn)
    throw invalidInput({
      signedOn: {
        fr: 'Un avenant suit la signature de l’entente.',
        en: 'An amendment follows the agreement’s signature.',
      },
    })
}

/**
 * An amendment numbered by another one at the same instant (`amendments_number_key`): the row lock makes it unlikely,
 * but a unique violation answers 409, never 500.
 */
export function rethrowAmendmentRace(error: unknown): never {
  throw isUniqueViolation(error)
    ? conflict('AMENDMENT_NUMBER_TAKEN', 'number', {
        fr: 'Un autre avenant vient d’être enregistré sur cette entente : rechargez la page et recommencez.',
        en: 'Another amendment was just recorded on this agreement: reload the page and try again.',
      })
    : error
}

/** Records an amendment (avenant) of a signed agreement, numbered 1, 2, …, and applies its new end date and amounts. */
export async function addAmendment(ctx: Ctx, id: string, input: AmendmentInput): Promise<AgreementOutput> {
  if (!canManageAgreements(ctx.actor, ctx.scope)) throw forbidden()
  await inTransaction(ctx, async (tx) => {
    await lockAgreement(tx.db, id)
    const current = await getAgreementOrThrow(tx, id)
    checkAmendable(current, input, civilDate(tx.now))
    const { endOn, amounts, changes } = changesOf(current, input)
    checkAmounts({ startOn: current.startOn, endOn }, amounts)
    const number = await insertAmendment(tx.db, {
      agreementId: id,
      signedOn: input.signedOn,
      summary: input.summary,
      changes,
      createdAt: tx.now,
      createdBy: byUser(tx),
    }).catch(rethrowAmendmentRace)
    const totalCents = amounts.reduce((s, a) => s + a.amountCents, 0)
    await updateAgreementRow(tx.db, id, { endOn, totalCents, updatedAt: tx.now })
    if (changes.amounts) await replaceAmounts(tx.db, id, amounts)
    await recordAudit(tx, {
      action: 'agreement.amended',
      entityType: 'agreement',
      entityId: id,
      regionCode: current.regionCode,
      details: { number, changed: Object.keys(changes) },
    })
  })
  return getAgreementOrThrow(ctx, id)
}
