import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { countAcceptedRequest, tooManyRequests } from '../../people/index.js'
import { findRegionByCode } from '../../territory/index.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import type {
  EmployerRequestInput,
  EmployerRequestOutput,
  EmployerRequestSummary,
  LinkEmployerRequestInput,
  RejectEmployerRequestInput,
} from './employer-request.contracts.js'
import { employerRequestErrors } from './employer-request.messages.js'
import { notifyRegionAdvisors } from './employer-request.notify.js'
import {
  canHandleEmployerRequest,
  canHandleEmployerRequests,
  isOpenEmployerRequest,
} from './employer-request.policy.js'
import { presentEmployerRequest, presentEmployerRequestSummary } from './employer-request.presenter.js'
import {
  type EmployerRequestRow,
  type EmployerRequestStatus,
  findEmployerRequest,
  findEnterpriseRegion,
  insertEmployerRequest,
  listEmployerRequestRows,
  updateEmployerRequestRow,
} from './employer-request.queries.js'

/** The public form's own count per client address (apart from the person's form). */
export const EMPLOYER_REQUEST_THROTTLE = 'employer_request'

/**
 * Stores a request sent from the public form in its region's queue (status new) and mails the region's advisors. Runs
 * as the system (nobody is signed in on the public site). With the client's address, the accepted submission is
 * counted in the same transaction (over the limit: 429, nothing stored, nothing mailed).
 */
export async function submitEmployerRequest(
  ctx: Ctx,
  input: EmployerRequestInput,
  from?: { clientAddress: string },
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    if (!(await findRegionByCode(tx.db, input.regionCode)))
      throw invalidInput({ regionCode: employerRequestErrors.unknownRegion })
    if (from && !(await countAcceptedRequest(tx.db, from.clientAddress, tx.now, EMPLOYER_REQUEST_THROTTLE)))
      throw tooManyRequests()
    const row = await insertEmployerRequest(tx.db, {
      regionCode: input.regionCode,
      enterpriseName: input.enterpriseName,
      neq: input.neq ?? null,
      city: input.city,
      contactName: input.contactName,
      email: input.email,
      phone: input.phone ?? null,
      language: input.language,
      positionsWanted: input.positionsWanted ?? null,
      message: input.message,
      receivedAt: tx.now,
    })
    await recordAudit(tx, {
      action: 'employer_request.received',
      entityType: 'employer_request',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    await notifyRegionAdvisors(tx, row)
    return { id: row.id }
  })
}

/** The requests of the caller's regions, of one status if asked, newest first. */
export async function listEmployerRequests(
  ctx: Ctx,
  status?: EmployerRequestStatus,
): Promise<EmployerRequestSummary[]> {
  if (!canHandleEmployerRequests(ctx.actor)) throw forbidden()
  const rows = await listEmployerRequestRows(ctx.db, ctx.scope.regionCodes, status)
  return rows.map(presentEmployerRequestSummary)
}

/** A request's row when the caller may handle it, else not found (another region's request does not exist for them). */
export async function getEmployerRequestRowInScope(ctx: Ctx, id: string, forUpdate = false) {
  if (!canHandleEmployerRequests(ctx.actor)) throw forbidden()
  const row = await findEmployerRequest(ctx.db, id, forUpdate)
  if (!row || !canHandleEmployerRequest(ctx.actor, ctx.scope, row.regionCode)) throw notFound('employer_request')
  return row
}

/** One request in full; reading it is audited (it holds a contact person's name and details). */
export async function getEmployerRequestOrThrow(ctx: Ctx, id: string): Promise<EmployerRequestOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getEmployerRequestRowInScope(tx, id)
    await recordAudit(tx, {
      action: 'employer_request.viewed',
      entityType: 'employer_request',
      entityId: id,
      regionCode: row.regionCode,
    })
    return presentEmployerRequest(row)
  })
}

/** A request already converted or rejected cannot change any more. */
function assertOpen(row: EmployerRequestRow): void {
  if (!isOpenEmployerRequest(row.status))
    throw conflict('EMPLOYER_REQUEST_ALREADY_HANDLED', 'status', employerRequestErrors.notOpen)
}

/** An open request of the caller's regions, locked for its change. */
export async function getOpenEmployerRequestForUpdate(ctx: Ctx, id: string): Promise<EmployerRequestRow> {
  const row = await getEmployerRequestRowInScope(ctx, id, true)
  assertOpen(row)
  return row
}

/** Rejects an open request (spam, duplicate, out of scope), with the reason kept for the record. */
export async function rejectEmployerRequest(
  ctx: Ctx,
  id: string,
  input: RejectEmployerRequestInput,
): Promise<EmployerRequestOutput> {
  return inTransaction(ctx, async (tx) => {
    await getOpenEmployerRequestForUpdate(tx, id)
    const row = await updateEmployerRequestRow(tx.db, id, {
      status: 'rejected',
      rejectionReason: input.reason,
      handledBy: actorUserId(tx.actor),
      handledAt: tx.now,
    })
    await recordAudit(tx, {
      action: 'employer_request.rejected',
      entityType: 'employer_request',
      entityId: id,
      regionCode: row.regionCode,
    })
    return presentEmployerRequest(row)
  })
}

/** Marks a request converted into an enterprise record (new or existing), in the caller's transaction, audited. */
export async function markEmployerRequestConverted(
  tx: Ctx,
  id: string,
  enterpriseId: string,
): Promise<EmployerRequestOutput> {
  const row = await updateEmployerRequestRow(tx.db, id, {
    status: 'converted',
    enterpriseId,
    handledBy: actorUserId(tx.actor),
    handledAt: tx.now,
  })
  await recordAudit(tx, {
    action: 'employer_request.converted',
    entityType: 'employer_request',
    entityId: id,
    regionCode: row.regionCode,
    details: { enterpriseId },
  })
  return presentEmployerRequest(row)
}

/** Links an open request to an enterprise already on record in the request's region (instead of a duplicate). */
export async function linkEmployerRequest(
  ctx: Ctx,
  id: string,
  input: LinkEmployerRequestInput,
): Promise<EmployerRequestOutput> {
  return inTransaction(ctx, async (tx) => {
    const current = await getOpenEmployerRequestForUpdate(tx, id)
    const region = await findEnterpriseRegion(tx.db, input.enterpriseId)
    if (!region || !tx.scope.coversRegion(region))
      throw invalidInput({ enterpriseId: employerRequestErrors.unknownEnterprise })
    if (region !== current.regionCode) throw invalidInput({ enterpriseId: employerRequestErrors.otherRegion })
    return markEmployerRequestConverted(tx, id, input.enterpriseId)
  })
}
