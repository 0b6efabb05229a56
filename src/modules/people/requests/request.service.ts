import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { findRegionByCode, listStaff } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, type FieldErrors, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { countAcceptedRequest, tooManyRequests } from './request-throttle.js'
import type {
  AssignRequestInput,
  RejectRequestInput,
  RequestOutput,
  RequestSummary,
  SupportRequestInput,
} from './request.contracts.js'
import { requestErrors } from './request.messages.js'
import { canTriageRequest, canTriageRequests, isOpenRequest } from './request.policy.js'
import { presentRequest, presentRequestSummary } from './request.presenter.js'
import {
  type ConsentTextRow,
  findConsentText,
  findOnlineRequestConsentText,
  findRequest,
  findRequestForUpdate,
  insertRequest,
  listRequestRows,
  type RequestRow,
  type RequestStatus,
  updateRequestRow,
} from './request.queries.js'

/** The online-request consent text in force today (what the public form shows), or undefined when none exists. */
export function currentRequestConsentText(ctx: Ctx): Promise<ConsentTextRow | undefined> {
  return findOnlineRequestConsentText(ctx.db, civilDate(ctx.now))
}

/** A known region, a version of the online-request consent text, no birth after today: every refusal at once. */
async function checkSubmission(ctx: Ctx, input: SupportRequestInput): Promise<ConsentTextRow> {
  const errors: FieldErrors = {}
  if (!(await findRegionByCode(ctx.db, input.regionCode))) errors.regionCode = requestErrors.unknownRegion
  const text = await findConsentText(ctx.db, input.consentTextId)
  if (text?.purpose !== 'online_request') errors.consent = requestErrors.consentChanged
  if (input.birthDate && input.birthDate > civilDate(ctx.now)) errors.birthDate = requestErrors.birthDateRange
  if (!text || Object.keys(errors).length > 0) throw invalidInput(errors)
  return text
}

/**
 * Stores a request sent from the public form in its region's triage queue (status new). Runs as the system (nobody is
 * signed in on the public site); the consent must be to a version of the online-request text. With the client's
 * address, the accepted submission is counted in the same transaction (over the limit: 429, nothing stored).
 */
export async function submitSupportRequest(
  ctx: Ctx,
  input: SupportRequestInput,
  from?: { clientAddress: string },
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const text = await checkSubmission(tx, input)
    if (from && !(await countAcceptedRequest(tx.db, from.clientAddress, tx.now))) throw tooManyRequests()
    const row = await insertRequest(tx.db, {
      regionCode: input.regionCode,
      givenName: input.givenName,
      familyName: input.familyName,
      birthDate: input.birthDate ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      preferredLanguage: input.preferredLanguage,
      message: input.message ?? null,
      consentTextId: text.id,
      receivedAt: tx.now,
    })
    await recordAudit(tx, {
      action: 'request.received',
      entityType: 'request',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    return { id: row.id }
  })
}

/** The requests of the caller's regions, of one status if asked, oldest first, with their age in working days. */
export async function listRequests(ctx: Ctx, status?: RequestStatus): Promise<RequestSummary[]> {
  if (!canTriageRequests(ctx.actor)) throw forbidden()
  const rows = await listRequestRows(ctx.db, ctx.scope.regionCodes, status)
  const today = civilDate(ctx.now)
  return rows.map((r) => presentRequestSummary(r, today))
}

/** A request's row when the caller may triage it, else not found (another region's request does not exist for them). */
export async function getRequestRowInScope(ctx: Ctx, id: string, forUpdate = false): Promise<RequestRow> {
  if (!canTriageRequests(ctx.actor)) throw forbidden()
  const row = forUpdate ? await findRequestForUpdate(ctx.db, id) : await findRequest(ctx.db, id)
  if (!row || !canTriageRequest(ctx.actor, ctx.scope, row.regionCode)) throw notFound('request')
  return row
}

/** A request's row for a page that shows it; reading it is audited (it holds a person's name and contact details). */
export async function viewRequestRow(ctx: Ctx, id: string): Promise<RequestRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await getRequestRowInScope(tx, id)
    await recordAudit(tx, { action: 'request.viewed', entityType: 'request', entityId: id, regionCode: row.regionCode })
    return row
  })
}

/** One request in full; reading it is audited (it holds a person's name and contact details). */
export async function getRequestOrThrow(ctx: Ctx, id: string): Promise<RequestOutput> {
  return presentRequest(await viewRequestRow(ctx, id))
}

/** A request already converted or rejected cannot change any more. */
export function assertOpen(row: RequestRow): void {
  if (!isOpenRequest(row.status)) throw conflict('REQUEST_ALREADY_HANDLED', 'status', requestErrors.notOpen)
}

/** The agents in post in a region today, as the caller may see them (the assignment form's choices). */
export async function listRegionAgents(ctx: Ctx, regionCode: string) {
  return listStaff(ctx, { region: regionCode, role: 'agent', active: true })
}

/** Assigns an open request to an agent in post in its region. */
export async function assignRequest(ctx: Ctx, id: string, input: AssignRequestInput): Promise<RequestOutput> {
  return inTransaction(ctx, async (tx) => {
    const current = await getRequestRowInScope(tx, id, true)
    assertOpen(current)
    const agents = await listRegionAgents(tx, current.regionCode)
    if (!agents.some((a) => a.id === input.agentId)) throw invalidInput({ agentId: requestErrors.notAnAgent })
    const row = await updateRequestRow(tx.db, id, { status: 'assigned', assignedTo: input.agentId })
    await recordAudit(tx, {
      action: 'request.assigned',
      entityType: 'request',
      entityId: id,
      regionCode: row.regionCode,
      details: { agentId: input.agentId },
    })
    return presentRequest(row)
  })
}

/** Rejects an open request (spam, duplicate, out of scope), with the reason kept for the record. */
export async function rejectRequest(ctx: Ctx, id: string, input: RejectRequestInput): Promise<RequestOutput> {
  return inTransaction(ctx, async (tx) => {
    const current = await getRequestRowInScope(tx, id, true)
    assertOpen(current)
    const row = await updateRequestRow(tx.db, id, {
      status: 'rejected',
      rejectionReason: input.reason,
      handledBy: actorUserId(tx.actor),
      handledAt: tx.now,
    })
    await recordAudit(tx, {
      action: 'request.rejected',
      entityType: 'request',
      entityId: id,
      regionCode: row.regionCode,
    })
    return presentRequest(row)
  })
}
