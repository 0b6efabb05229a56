import type { FieldErrors } from '../../../platform/errors.js'
import { invalidInput } from '../../../platform/errors.js'
import { parseDollars } from '../../../platform/money.js'
import { parseInput } from '../../../platform/validation.js'
import { type InstalmentInput, type InstalmentOutput, MAX_INSTALMENTS, scheduleInput } from './obligation.contracts.js'

// The schedule form without JavaScript: rows of fields named `instalments.<i>.<field>` (the names the service's errors
// use), a hidden row count, and an "add a row" button that posts the form to show it again with one more row.

export type ScheduleForm = { rows: number; values: Record<string, string> }

const field = (i: number, name: string) => `instalments.${i}.${name}`

/** Cents as the form shows them: « 12500,00 » in French, "12500.00" in English. */
export function dollarsText(cents: number, lang: 'fr' | 'en'): string {
  const text = (cents / 100).toFixed(2)
  return lang === 'fr' ? text.replace('.', ',') : text
}

/** The form filled with the current schedule. */
export function formOfSchedule(instalments: InstalmentOutput[], lang: 'fr' | 'en'): ScheduleForm {
  const values: Record<string, string> = {}
  instalments.forEach((row, i) => {
    values[field(i, 'plannedOn')] = row.plannedOn
    values[field(i, 'amountCents')] = dollarsText(row.amountCents, lang)
    values[field(i, 'condition')] = row.condition ?? ''
    values[field(i, 'deliverableId')] = row.deliverableId ?? ''
    values[field(i, 'paidOn')] = row.paidOn ?? ''
  })
  return { rows: Math.max(1, instalments.length), values }
}

const names = ['plannedOn', 'amountCents', 'condition', 'deliverableId'] as const

/**
 * The form as posted, its empty rows dropped and the others renumbered (so the service's errors name the fields shown),
 * with one more row when "add a row" was pressed.
 */
export function postedForm(body: Record<string, string>): ScheduleForm {
  const posted = Math.min(MAX_INSTALMENTS, Math.max(1, Number.parseInt(body.rows ?? '1', 10) || 1))
  const values: Record<string, string> = {}
  let kept = 0
  for (let i = 0; i < posted; i++) {
    const row = names.map((name) => body[field(i, name)]?.trim() ?? '')
    if (row.every((v) => v === '')) continue
    names.forEach((name, k) => {
      values[field(kept, name)] = row[k]!
    })
    // A paid row is shown read-only again (its payment date rides along; the service checks paid rows itself).
    values[field(kept, 'paidOn')] = body[field(i, 'paidOn')]?.trim() ?? ''
    kept++
  }
  const rows = Math.max(1, body.action === 'add' ? Math.min(MAX_INSTALMENTS, kept + 1) : kept)
  return { rows, values }
}

const dateShape = /^\d{4}-\d{2}-\d{2}$/

/** The rows of a posted form (see `postedForm`) as the service's input; bad dates and amounts are field errors. */
export function scheduleOfForm(form: ScheduleForm): InstalmentInput[] {
  const errors: FieldErrors = {}
  const rows: InstalmentInput[] = []
  for (let i = 0; i < form.rows; i++) {
    const [plannedOn, amount, condition, deliverableId] = names.map((name) => form.values[field(i, name)] ?? '')
    if (!plannedOn && !amount && !condition && !deliverableId) continue
    const cents = parseDollars(amount!)
    if (!dateShape.test(plannedOn!)) {
      errors[field(i, 'plannedOn')] = {
        fr: `Versement ${i + 1} : date prévue requise (AAAA-MM-JJ).`,
        en: `Payment ${i + 1}: planned date required (YYYY-MM-DD).`,
      }
    }
    if (!cents) {
      errors[field(i, 'amountCents')] = {
        fr: `Versement ${i + 1} : un montant en dollars supérieur à zéro.`,
        en: `Payment ${i + 1}: an amount in dollars above zero.`,
      }
    }
    rows.push({
      plannedOn: plannedOn!,
      amountCents: cents ?? 0,
      condition: condition || undefined,
      deliverableId: deliverableId || undefined,
    })
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  // The contract's checks too (real dates within 1900–2199, lengths), with errors named as the form's fields.
  return parseInput(scheduleInput, { instalments: rows }).instalments
}
