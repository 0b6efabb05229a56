import { z } from 'zod'
import type { Ctx } from '../../access/index.js'
import { AppError, type FieldErrors, invalidInput } from '../../../platform/errors.js'
import { parseDollars } from '../../../platform/money.js'
import { isUploadedFile, type UploadedFile } from '../../../platform/http/uploads.js'
import { immigrantsWithinTotal as actionImmigrantsOverTotal } from '../actions/action.contracts.js'
import { chosenFiles } from './report-files.js'
import { reportInput } from './report.contracts.js'
import { reportErrors as e } from './report.messages.js'
import { submitReport } from './report.service.js'
import { parseInput } from '../../../platform/validation.js'

/** Rows of actions the report form offers. */
export const ACTION_ROWS = 5
/** The fields of one action row, named `actions.<row>.<field>` as the API's errors name them. */
export const actionFields = [
  'kindCode',
  'title',
  'startOn',
  'endOn',
  'municipality',
  'immigrantParticipants',
  'totalParticipants',
] as const

/**
 * The report form as it arrives (multipart): its text fields as typed (blank ones absent, see `formOf`) and its chosen
 * files. The report's contract checks the rest in the service, so errors name the same fields on the form and the API.
 */
export const reportForm = z.preprocess(
  (body) => {
    const fields = (body ?? {}) as Record<string, unknown>
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string'))
    return { values, files: chosenFiles(fields.files) }
  },
  z.object({
    values: z.record(z.string(), z.string()),
    files: z.array(z.custom<UploadedFile>(isUploadedFile)),
  }),
)

/** The fields the form types as whole numbers: the report's figures and each action's participants. */
const wholeNumberFields = new Set(['immigrantParticipants', 'totalParticipants', 'activitiesHeld'])

/** A whole number typed on the form as a number; other text stays text, for the contract to refuse (400). */
function wholeNumberOf(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined
  return /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : text
}

/** The row's text, its participant counts as numbers (the contract takes JSON numbers only). */
function typedAction(action: Record<string, string>): Record<string, unknown> {
  return {
    ...action,
    immigrantParticipants: wholeNumberOf(action.immigrantParticipants),
    totalParticipants: wholeNumberOf(action.totalParticipants),
  }
}

/**
 * The report's input from the form's values: the figures, the amount in cents, and the action rows that were filled
 * (`rows`: their places on the form, to put the contract's `actions.<index>` errors back on the right row). An end
 * date left blank is the start date (an action of one day).
 */
export function reportInputOf(values: Record<string, string>): { input: Record<string, unknown>; rows: number[] } {
  const rows: number[] = []
  const actions: Record<string, unknown>[] = []
  for (let row = 0; row < ACTION_ROWS; row++) {
    const action = Object.fromEntries(
      actionFields.flatMap((f) => (values[`actions.${row}.${f}`] ? [[f, values[`actions.${row}.${f}`]!]] : [])),
    )
    if (Object.keys(action).length === 0) continue
    if (action.startOn) action.endOn ??= action.startOn
    rows.push(row)
    actions.push(typedAction(action))
  }
  // An amount that is not one stays text: the contract refuses it with the other fields, all errors at once.
  const spentCents = values.spent === undefined ? undefined : (parseDollars(values.spent) ?? values.spent)
  const { deliverableId, narrative } = values
  const figures = {
    immigrantParticipants: wholeNumberOf(values.immigrantParticipants),
    totalParticipants: wholeNumberOf(values.totalParticipants),
    activitiesHeld: wholeNumberOf(values.activitiesHeld),
  }
  return { input: { deliverableId, narrative, ...figures, spentCents, actions }, rows }
}

/**
 * The contract's errors on the form's fields: the amount in dollars, each action on the row it was typed in, and a
 * count that was not a number told as such (the contract says "wrong type"; the comparison of counts stays). An end
 * date left blank is optional (it is the start date): only the start date's own error is shown.
 */
export function formErrorsOf(
  errors: FieldErrors,
  rows: readonly number[],
  values: Record<string, string> = {},
): FieldErrors {
  const out: FieldErrors = {}
  for (const [key, given] of Object.entries(errors)) {
    const action = /^actions\.(\d+)\.(.+)$/.exec(key)
    const field = action ? action[2]! : key
    const comparison = given.fr === e.immigrantsOverTotal.fr || given.fr === actionImmigrantsOverTotal.fr
    const message = wholeNumberFields.has(field) && !comparison ? e.wholeNumber : given
    const name = action ? `actions.${rows[Number(action[1])] ?? action[1]}.${field}` : key
    if (key === 'spentCents') out.spent = e.money
    else if (field !== 'endOn' || !action || values[name]) out[name] = message
  }
  return out
}

/** Submits the report the form describes; invalid input comes back on the form's own fields (see `formErrorsOf`). */
export async function submitReportForm(
  ctx: Ctx,
  agreementId: string,
  values: Record<string, string>,
  files: readonly UploadedFile[],
): Promise<{ id: string; agreementId: string }> {
  let rows: number[] = []
  try {
    const parsed = reportInputOf(values)
    rows = parsed.rows
    return await submitReport(ctx, agreementId, parseInput(reportInput, parsed.input), files)
  } catch (error) {
    if (error instanceof AppError && error.kind === 'invalid' && error.fields) {
      throw invalidInput(formErrorsOf(error.fields, rows, values))
    }
    throw error
  }
}
