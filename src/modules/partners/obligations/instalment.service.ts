import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, type FieldErrors, invalidInput, notFound } from '../../../platform/errors.js'
import { formatDate, formatMoney } from '../../../platform/views/i18n.js'
import type { InstalmentInput, InstalmentOutput, ScheduleOutput } from './obligation.contracts.js'
import { agreementInScope, assertCanManage, assertCanRead, assertRegion } from './obligation-access.js'
import { presentInstalment } from './obligation.presenter.js'
import {
  type AgreementFacts,
  clearInstalmentPayment,
  deliverableIdsOf,
  findInstalmentWithFacts,
  type InstalmentRow,
  listInstalmentRows,
  replaceUnpaidInstalments,
  setInstalmentPaid,
} from './obligation.queries.js'

function present(agreement: AgreementFacts, rows: InstalmentRow[], today: string): ScheduleOutput {
  const sum = (list: InstalmentRow[]) => list.reduce((total, r) => total + r.amountCents, 0)
  return {
    agreementId: agreement.id,
    totalCents: agreement.totalCents,
    scheduledCents: sum(rows),
    paidCents: sum(rows.filter((r) => r.paidOn)),
    instalments: rows.map((r) => presentInstalment(r, today)),
  }
}

/** The payment schedule of an agreement with what is scheduled and paid. */
export async function getSchedule(ctx: Ctx, agreementId: string): Promise<ScheduleOutput> {
  assertCanRead(ctx)
  const agreement = await agreementInScope(ctx, agreementId)
  return present(agreement, await listInstalmentRows(ctx.db, agreementId), civilDate(ctx.now))
}

const money = (cents: number) => ({ fr: formatMoney(cents, 'fr'), en: formatMoney(cents, 'en') })

function checkRows(agreement: AgreementFacts, rows: InstalmentInput[], ownDeliverables: Set<string>): FieldErrors {
  const errors: FieldErrors = {}
  const start = { fr: formatDate(agreement.startOn, 'fr'), en: formatDate(agreement.startOn, 'en') }
  const end = { fr: formatDate(agreement.endOn, 'fr'), en: formatDate(agreement.endOn, 'en') }
  rows.forEach((row, i) => {
    const at = `instalments.${i}`
    if (row.plannedOn < agreement.startOn) {
      errors[`${at}.plannedOn`] = {
        fr: `Versement ${i + 1} : prévu avant le début de l’entente (${start.fr}).`,
        en: `Payment ${i + 1}: planned before the agreement starts (${start.en}).`,
      }
    } else if (row.plannedOn > agreement.endOn) {
      errors[`${at}.plannedOn`] = {
        fr: `Versement ${i + 1} : prévu après la fin de l’entente (${end.fr}).`,
        en: `Payment ${i + 1}: a payment after the agreement ends (${end.en}).`,
      }
    }
    if (row.deliverableId && !ownDeliverables.has(row.deliverableId)) {
      errors[`${at}.deliverableId`] = {
        fr: `Versement ${i + 1} : ce livrable n’appartient pas à l’entente.`,
        en: `Payment ${i + 1}: this deliverable is not one of the agreement's.`,
      }
    }
  })
  const sum = rows.reduce((total, r) => total + r.amountCents, 0)
  if (sum !== agreement.totalCents) {
    const [s, t] = [money(sum), money(agreement.totalCents)]
    errors.instalments = {
      fr: `Les versements totalisent ${s.fr} ; l’entente prévoit ${t.fr}.`,
      en: `The payments add up to ${s.en}, but the agreement provides ${t.en}.`,
    }
  }
  return errors
}

/** A paid instalment stays as it was, at its number: the schedule may change only around it. */
function checkPaidKept(current: InstalmentRow[], rows: InstalmentInput[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const paid of current.filter((r) => r.paidOn)) {
    const row = rows[paid.number - 1]
    const same = row && row.plannedOn === paid.plannedOn && row.amountCents === paid.amountCents
    if (!same) {
      errors[`instalments.${paid.number - 1}`] = {
        fr: `Le versement ${paid.number} est payé : il ne peut être ni retiré ni modifié (annulez d’abord le paiement).`,
        en: `Payment ${paid.number} is paid: it can be neither removed nor changed (cancel the payment first).`,
      }
    }
  }
  return errors
}

/**
 * Replaces an agreement's payment schedule as a whole: the rows are numbered in order; they must add up to the
 * agreement's total, fall within its period, and keep every paid instalment unchanged at its number.
 */
export async function replaceSchedule(ctx: Ctx, agreementId: string, rows: InstalmentInput[]): Promise<ScheduleOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    const agreement = await agreementInScope(tx, agreementId, true)
    const current = await listInstalmentRows(tx.db, agreementId)
    const errors = {
      ...checkRows(agreement, rows, await deliverableIdsOf(tx.db, agreementId)),
      ...checkPaidKept(current, rows),
    }
    if (Object.keys(errors).length > 0) throw invalidInput(errors)
    const paidNumbers = new Set(current.filter((r) => r.paidOn).map((r) => r.number))
    const fresh = rows
      .map((row, i) => ({ ...row, number: i + 1 }))
      .filter((row) => !paidNumbers.has(row.number))
      .map((row) => ({
        ...row,
        agreementId,
        condition: row.condition ?? null,
        deliverableId: row.deliverableId ?? null,
      }))
    await replaceUnpaidInstalments(tx.db, agreementId, fresh)
    await recordAudit(tx, {
      action: 'instalments.replaced',
      entityType: 'agreement',
      entityId: agreementId,
      regionCode: agreement.regionCode,
      details: { count: rows.length, before: current.length },
    })
    return present(agreement, await listInstalmentRows(tx.db, agreementId), civilDate(tx.now))
  })
}

function checkPaidOn(paidOn: string, agreement: AgreementFacts, today: string): void {
  const fail = (fr: string, en: string) => invalidInput({ paidOn: { fr, en } })
  if (paidOn > today) throw fail('La date de paiement est dans le futur.', 'The payment date is in the future.')
  if (paidOn < agreement.startOn) {
    throw fail('La date de paiement précède le début de l’entente.', 'The payment date is before the agreement starts.')
  }
  if (paidOn > agreement.endOn) {
    throw fail('La date de paiement suit la fin de l’entente.', 'The payment date is after the agreement ends.')
  }
}

const alreadyPaid = (on: string) =>
  conflict('INSTALMENT_ALREADY_PAID', 'paidOn', {
    fr: `Ce versement est déjà payé (${formatDate(on, 'fr')}).`,
    en: `This payment is already recorded (${formatDate(on, 'en')}).`,
  })

/** An instalment of the agreement in the path, in the caller's scope: another agreement's instalment is not found. */
async function instalmentOf(tx: Ctx, agreementId: string, id: string) {
  const found = await findInstalmentWithFacts(tx.db, id)
  if (!found || found.agreement.id !== agreementId) throw notFound('instalment')
  assertRegion(tx, found.agreement.regionCode, 'instalment')
  return found
}

/** Records that an instalment was paid on a civil date, once its condition deliverable (if any) is accepted. */
export async function markInstalmentPaid(
  ctx: Ctx,
  agreementId: string,
  id: string,
  paidOn: string,
): Promise<InstalmentOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    const found = await instalmentOf(tx, agreementId, id)
    const today = civilDate(tx.now)
    if (found.instalment.paidOn) throw alreadyPaid(found.instalment.paidOn)
    checkPaidOn(paidOn, found.agreement, today)
    if (found.instalment.deliverableId && found.deliverableStatus !== 'accepted') {
      throw conflict('INSTALMENT_CONDITION_NOT_MET', 'paidOn', {
        fr: 'Ce versement attend l’acceptation d’un livrable : acceptez le livrable avant de payer.',
        en: 'This payment waits for a deliverable to be accepted: accept the deliverable before paying.',
      })
    }
    const row = await setInstalmentPaid(tx.db, id, paidOn, actorUserId(tx.actor))
    if (!row) throw alreadyPaid(paidOn)
    await audit(tx, 'instalment.paid', row, found.agreement.regionCode)
    return presentInstalment(row, today)
  })
}

const notPaid = () =>
  conflict('INSTALMENT_NOT_PAID', 'paidOn', {
    fr: 'Ce versement n’est pas payé.',
    en: 'This payment is not recorded as paid.',
  })

/** Undoes a payment recorded by mistake: the instalment is unpaid again (audited). */
export async function cancelPayment(ctx: Ctx, agreementId: string, id: string): Promise<InstalmentOutput> {
  assertCanManage(ctx)
  return inTransaction(ctx, async (tx) => {
    const found = await instalmentOf(tx, agreementId, id)
    const wasPaidOn = found.instalment.paidOn
    if (!wasPaidOn) throw notPaid()
    const row = await clearInstalmentPayment(tx.db, id, wasPaidOn)
    if (!row) throw notPaid()
    await audit(tx, 'instalment.payment_cancelled', row, found.agreement.regionCode, wasPaidOn)
    return presentInstalment(row, civilDate(tx.now))
  })
}

function audit(tx: Ctx, action: string, row: InstalmentRow, regionCode: string, wasPaidOn?: string) {
  const details = { agreementId: row.agreementId, number: row.number, ...(wasPaidOn ? { wasPaidOn } : {}) }
  return recordAudit(tx, { action, entityType: 'instalment', entityId: row.id, regionCode, details })
}

/** One instalment of an agreement in the caller's scope (a path naming another agreement's instalment is not found). */
export async function getInstalment(ctx: Ctx, agreementId: string, id: string) {
  assertCanRead(ctx)
  const found = await instalmentOf(ctx, agreementId, id)
  return { instalment: presentInstalment(found.instalment, civilDate(ctx.now)), agreement: found.agreement }
}
