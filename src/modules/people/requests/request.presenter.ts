import { civilDate } from '../../../platform/clock.js'
import type { RequestOutput, RequestSummary } from './request.contracts.js'
import type { RequestRow } from './request.queries.js'
import { workingDaysBetween } from '../work/working-days.js'

/** A request in full (its page and the API's one-record answer). */
export function presentRequest(row: RequestRow): RequestOutput {
  return {
    id: row.id,
    regionCode: row.regionCode,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    email: row.email,
    phone: row.phone,
    preferredLanguage: row.preferredLanguage,
    message: row.message,
    receivedAt: row.receivedAt.toISOString(),
    receivedOn: civilDate(row.receivedAt),
    status: row.status,
    assignedTo: row.assignedTo,
    dossierId: row.dossierId,
    rejectionReason: row.rejectionReason,
    handledAt: row.handledAt ? row.handledAt.toISOString() : null,
  }
}

/** A line of the triage list: who and since when (in working days), no contact details. */
export function presentRequestSummary(row: RequestRow, today: string): RequestSummary {
  const receivedOn = civilDate(row.receivedAt)
  return {
    id: row.id,
    regionCode: row.regionCode,
    givenName: row.givenName,
    familyName: row.familyName,
    receivedOn,
    ageWorkingDays: workingDaysBetween(receivedOn, today),
    status: row.status,
    assignedTo: row.assignedTo,
  }
}
