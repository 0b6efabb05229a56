import { civilDate } from '../../../platform/clock.js'
import type { EmployerRequestOutput, EmployerRequestSummary } from './employer-request.contracts.js'
import type { EmployerRequestRow } from './employer-request.queries.js'

/** A request in full (its page and the API's one-record answer). */
export function presentEmployerRequest(row: EmployerRequestRow): EmployerRequestOutput {
  return {
    id: row.id,
    regionCode: row.regionCode,
    enterpriseName: row.enterpriseName,
    neq: row.neq,
    city: row.city,
    contactName: row.contactName,
    email: row.email,
    phone: row.phone,
    language: row.language,
    positionsWanted: row.positionsWanted,
    message: row.message,
    receivedAt: row.receivedAt.toISOString(),
    receivedOn: civilDate(row.receivedAt),
    status: row.status,
    enterpriseId: row.enterpriseId,
    rejectionReason: row.rejectionReason,
    handledAt: row.handledAt ? row.handledAt.toISOString() : null,
  }
}

/** A line of the queue: the enterprise and when, no contact person. */
export function presentEmployerRequestSummary(row: EmployerRequestRow): EmployerRequestSummary {
  return {
    id: row.id,
    regionCode: row.regionCode,
    enterpriseName: row.enterpriseName,
    city: row.city,
    positionsWanted: row.positionsWanted,
    receivedOn: civilDate(row.receivedAt),
    status: row.status,
    enterpriseId: row.enterpriseId,
  }
}
