import { z } from 'zod'
import type { Ctx } from '../../access/index.js'
import { AppError, type FieldErrors, invalidInput } from '../../../platform/errors.js'
import { parseDollars } from '../../../platform/money.js'
import { isUploadedFile, type UploadedFile } from '../../../platform/http/uploads.js'
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

/**
 * The report's input from the form's values: the figures, the amount in cents, and the action rows that were filled
 * (`rows`: their places on the form, to put the contract's `actions.<index>` errors back on the right row). An end
 * date left blank is the start date (an action of one day).
 */
export function reportInputOf(values: Record<string, string>): { input: Record<string, unknown>; rows: number[] } {
  const rows: number[] = []
  const actions: Record<string, string>[] = []
  for (let row = 0; row < ACTION_ROWS; row++) {
    const action = Object.fromEntries(
      actionFields.flatMap((f) => (values[`actions.${row}.${f}`] ? [[f, values[`actions.${row}.${f}`]!]] : [])),
    )
    if (Object.keys(action).length === 0) continue
    action.endOn ??= action.startOn ?? ''
    rows.push(row)
    actions.push(action)
  }
  const spentCents = values.spent === undefined ? undefined : parseDollars(values.spent)
  if (values.spent !== undefined && spentCents === undefined) throw invalidInput({ spent: e.money })
  const { deliverableId, narrative, immigrantParticipants, totalParticipants, activitiesHeld } = values
  return {
    input: { deliverableId, narrative, immigrantParticipants, totalParticipants, activitiesHeld, spentCents, actions },
    rows,
  }
}

/** The contract's errors on the form's fields: the amount in dollars, and each action on the row it was typed in. */
export function formErrorsOf(errors: FieldErrors, rows: readonly number[]): FieldErrors {
  const out: FieldErrors = {}
  for (const [key, message] of Object.entries(errors)) {
    const action = /^actions\.(\d+)\.(.+)$/.exec(key)
    if (key === 'spentCents') out.spent = e.money
    else if (action) out[`actions.${rows[Number(action[1])] ?? action[1]}.${action[2]}`] = message
    else out[key] = message
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
      throw invalidInput(formErrorsOf(error.fields, rows))
    }
    throw error
  }
}
