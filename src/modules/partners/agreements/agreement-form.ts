import { z } from 'zod'
import type { FieldErrors, Localized } from '../../../platform/errors.js'
import { centsToDollars, parseDollars } from '../../../platform/money.js'
import { formatMoney } from '../../../platform/views/i18n.js'
import { agreementInput, MAX_CENTS, amendmentInput, type AgreementOutput } from './agreement.contracts.js'
import { MAX_FISCAL_YEARS } from './agreement-terms.js'
import { fiscalYearsOf, splitByFiscalYear } from './fiscal-years.js'

// The agreement and amendment forms send one field per fiscal year (`amount_2019`, in dollars) and the program with
// its volet in one choice (`PASI|<volet id>`); these functions turn them into the API's contract, and back.

export type FormValues = Record<string, string | string[]>

const AMOUNT_FIELD = /^amount_(\d{4})$/

/** The fiscal-year fields of a form, in year order. */
export function amountFieldsOf(body: Record<string, unknown>): { fiscalYear: number; text: string }[] {
  return Object.entries(body)
    .flatMap(([k, v]) => {
      const m = AMOUNT_FIELD.exec(k)
      return m && typeof v === 'string' ? [{ fiscalYear: Number(m[1]), text: v }] : []
    })
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
}

/** Why a typed amount is refused (not an amount, or above the contract's bound), or undefined when it is fine. */
export function amountProblem(text: string): Localized | undefined {
  const cents = parseDollars(text)
  if (cents === undefined) return { fr: 'Montant invalide (ex. 50 000,00).', en: 'Invalid amount (e.g. 50,000.00).' }
  if (cents > MAX_CENTS)
    return {
      fr: `Montant trop élevé : au plus ${formatMoney(MAX_CENTS, 'fr')}.`,
      en: `Amount too large: at most ${formatMoney(MAX_CENTS, 'en')}.`,
    }
  return undefined
}

function amountsOf(body: Record<string, unknown>, ctx: z.RefinementCtx) {
  return amountFieldsOf(body).map(({ fiscalYear, text }) => {
    const problem = amountProblem(text)
    if (problem) ctx.addIssue({ code: 'custom', path: [`amount_${fiscalYear}`], params: problem })
    return { fiscalYear, amountCents: problem ? Number.NaN : (parseDollars(text) as number) }
  })
}

/** The total typed (optional): its cents, or an issue on its field. */
function totalOf(body: Record<string, unknown>, ctx: z.RefinementCtx): number | undefined {
  const text = typeof body.total === 'string' ? body.total.trim() : ''
  if (!text) return undefined
  const problem = amountProblem(text)
  if (problem) ctx.addIssue({ code: 'custom', path: ['total'], params: problem })
  return problem ? undefined : parseDollars(text)
}

function splitVolet(body: Record<string, unknown>) {
  const choice = typeof body.voletId === 'string' ? body.voletId : ''
  const [programCode, voletId] = choice.includes('|') ? choice.split('|') : [undefined, choice || undefined]
  return { programCode, voletId }
}

/** The agreement form (blank fields already absent) → the agreement contract. */
export const agreementForm = z.preprocess((raw, ctx) => {
  const body = (raw ?? {}) as Record<string, unknown>
  // A total typed is kept as a check: yearly amounts that do not add up to it are refused, never silently summed.
  return { ...body, ...splitVolet(body), amounts: amountsOf(body, ctx), totalCents: totalOf(body, ctx) }
}, agreementInput)

/** The amendment form → the amendment contract (the amounts are always sent: the form shows them all). */
export const amendmentForm = z.preprocess((raw, ctx) => {
  const body = (raw ?? {}) as Record<string, unknown>
  const amounts = amountsOf(body, ctx)
  return { ...body, amounts: amounts.length > 0 ? amounts : undefined }
}, amendmentInput)

/** An error on the nth amount (`amounts.1.amountCents`) is shown on its year's field. */
export function amountErrorsOnFields(errors: FieldErrors, body: Record<string, unknown>): FieldErrors {
  const fields = amountFieldsOf(body)
  const out: FieldErrors = {}
  for (const [key, message] of Object.entries(errors)) {
    const m = /^amounts\.(\d+)/.exec(key)
    const year = m ? fields[Number(m[1])]?.fiscalYear : undefined
    const renamed: Record<string, string> = { programCode: 'voletId', totalCents: 'total' }
    const target = renamed[key] ?? (year ? `amount_${year}` : key)
    out[target] ??= message
  }
  return out
}

/** The fiscal years a form's dates cover, or undefined while they are missing, reversed or too many. */
export function yearsOfForm(values: FormValues, endField = 'endOn'): number[] | undefined {
  const startOn = values.startOn
  const endOn = values[endField]
  const date = /^\d{4}-\d{2}-\d{2}$/
  if (typeof startOn !== 'string' || typeof endOn !== 'string' || !date.test(startOn) || !date.test(endOn)) return
  const years = fiscalYearsOf(startOn, endOn)
  return years.length > 0 && years.length <= MAX_FISCAL_YEARS ? years : undefined
}

/**
 * The amount fields after "show the fiscal years": the total typed (if any) split by days, otherwise the amounts
 * already typed for the years kept; years that left the period lose their field.
 */
export function withYearFields(
  values: FormValues,
  years: readonly number[],
  startOn: string,
  endOn: string,
): FormValues {
  const out: FormValues = Object.fromEntries(Object.entries(values).filter(([k]) => !AMOUNT_FIELD.test(k)))
  const total = typeof values.total === 'string' ? (parseDollars(values.total) ?? Number.NaN) : Number.NaN
  const split = Number.isNaN(total) ? undefined : splitByFiscalYear(total, startOn, endOn)
  for (const year of years) {
    const fromSplit = split?.find((s) => s.fiscalYear === year)
    const typed = values[`amount_${year}`]
    out[`amount_${year}`] = fromSplit ? centsToDollars(fromSplit.amountCents) : typeof typed === 'string' ? typed : ''
  }
  return out
}

/** A form's values as typed (lists kept: the MRCs), never the CSRF token. */
export function formValuesOf(body: unknown): FormValues {
  const out: FormValues = {}
  if (!body || typeof body !== 'object') return out
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue
    if (typeof v === 'string') out[k] = v
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string')
  }
  return out
}

/** The edit form's values of an agreement. */
export function valuesOfAgreement(a: AgreementOutput): FormValues {
  const values: FormValues = {
    organizationId: a.organizationId,
    voletId: a.voletId ? `${a.programCode}|${a.voletId}` : '',
    reference: a.reference,
    title: a.title,
    objectives: a.objectives ?? '',
    mrcCodes: a.mrcCodes,
    startOn: a.startOn,
    endOn: a.endOn,
    ...(a.fundsReferrals ? { fundsReferrals: 'true' } : {}),
  }
  for (const amount of a.amounts) values[`amount_${amount.fiscalYear}`] = centsToDollars(amount.amountCents)
  return values
}
