import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { getRegionWithMrcsOrThrow, regionFilter } from '../../territory/index.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { AppError, conflict, type FieldErrors, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import type { Db } from '../../../platform/db/database.js'
import { moveEnterpriseNeeds } from '../needs/labour-need.service.js'
import { findScianSector } from '../occupations/occupation.queries.js'
import {
  type EnterpriseCandidate,
  type EnterpriseFilter,
  type EnterpriseInput,
  enterpriseInput,
  type EnterpriseOutput,
  type EnterprisePage,
  PAGE_SIZE,
} from './enterprise.contracts.js'
import { enterpriseText as m } from './enterprise.messages.js'
import { canReadEnterprises, canWriteEnterprises } from './enterprise.policy.js'
import { presentEnterprise } from './enterprise.presenter.js'
import {
  type EnterpriseRow,
  type EnterpriseValues,
  findDuplicateRows,
  findEnterprise,
  insertEnterprise,
  listEnterpriseRows,
  updateEnterpriseRow,
} from './enterprise.queries.js'

/** The code of the conflict a likely duplicate raises (API: 409 with the candidates in `error.details`). */
export const POSSIBLE_DUPLICATE = 'possible_duplicate'
export const NEQ_TAKEN = 'ENTERPRISE_NEQ_TAKEN'

/** What a refused duplicate tells: the enterprise with the same NEQ, or the similar ones the caller may see. */
export type EnterpriseDuplicates = {
  sameNeq?: EnterpriseCandidate
  candidates: EnterpriseCandidate[]
  outsideScope: boolean
}

/**
 * Enterprises that may be the one described (duplicate check before a create, an import, the conversion of an
 * employer request): the one with the same NEQ, and those of the same municipality with an equal or similar folded name
 * (trigram similarity > 0.5). Every region; callers show only what their caller's scope covers.
 */
export function findEnterpriseDuplicates(
  db: Db,
  input: { neq?: string | null; legalName: string; city: string },
  selfId?: string,
) {
  return findDuplicateRows(db, input, selfId)
}

/** Throws forbidden unless the caller may record enterprises (forms check it before showing themselves). */
export function assertCanWriteEnterprises(ctx: Ctx): void {
  if (!canWriteEnterprises(ctx.actor, ctx.scope)) throw forbidden()
}

const neqTaken = (other?: EnterpriseCandidate) =>
  conflict(NEQ_TAKEN, 'neq', m.neqTaken, other ? { enterprise: other } : undefined)

/** Whether an error is the refusal of a duplicate (same NEQ or similar name), with what it names. */
export function enterpriseDuplicatesOf(error: unknown): EnterpriseDuplicates | undefined {
  if (!(error instanceof AppError) || (error.code !== POSSIBLE_DUPLICATE && error.code !== NEQ_TAKEN)) return undefined
  const details = error.details ?? {}
  if (error.code === NEQ_TAKEN)
    return { sameNeq: details.enterprise as EnterpriseCandidate | undefined, candidates: [], outsideScope: false }
  return details as EnterpriseDuplicates
}

/** Region in scope, MRC of that region, a known SCIAN sector: a message per field. */
async function checkInput(ctx: Ctx, input: EnterpriseInput): Promise<void> {
  const errors: FieldErrors = {}
  const region = ctx.scope.coversRegion(input.regionCode)
    ? await getRegionWithMrcsOrThrow(ctx, input.regionCode).catch(() => undefined)
    : undefined
  if (!region) errors.regionCode = m.regionOutOfScope
  else if (input.mrcCode && !region.mrcs.some((mrc) => mrc.code === input.mrcCode)) errors.mrcCode = m.mrcElsewhere
  if (!(await findScianSector(ctx.db, input.scianCode))) errors.scianCode = m.unknownSector
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
}

/** Refuses the NEQ of another enterprise, and a similar name in the municipality unless the user confirmed. */
async function checkDuplicates(ctx: Ctx, input: EnterpriseInput, selfId?: string, nameChanged = true): Promise<void> {
  const found = await findEnterpriseDuplicates(ctx.db, input, selfId)
  if (found.sameNeq) throw neqTaken(found.sameNeq)
  if (input.confirmedNotDuplicate || !nameChanged || found.similar.length === 0) return
  const details: EnterpriseDuplicates = {
    candidates: found.similar.filter((c) => ctx.scope.coversRegion(c.regionCode)),
    outsideScope: found.similar.some((c) => !ctx.scope.coversRegion(c.regionCode)),
  }
  throw conflict(POSSIBLE_DUPLICATE, 'confirmedNotDuplicate', m.possibleDuplicate, details)
}

const columnsOf = (input: EnterpriseInput, now: Date): EnterpriseValues => ({
  legalName: input.legalName,
  neq: input.neq ?? null,
  scianCode: input.scianCode,
  sizeBand: input.sizeBand ?? null,
  streetAddress: input.streetAddress ?? null,
  city: input.city,
  postalCode: input.postalCode ?? null,
  mrcCode: input.mrcCode ?? null,
  regionCode: input.regionCode,
  phone: input.phone ?? null,
  email: input.email ?? null,
  website: input.website ?? null,
  notes: input.notes ?? null,
  updatedAt: now,
})

function rethrowNeqTaken(error: unknown): never {
  throw isUniqueViolation(error) ? neqTaken() : error
}

/**
 * Records an enterprise in a region of the caller's scope (a system context for imports and conversions). The NEQ of
 * another enterprise is a conflict on `neq`; a similar name in the same municipality is refused with
 * `possible_duplicate` (the candidates in details) unless `confirmedNotDuplicate`. Audited `enterprise.created`.
 */
export async function createEnterprise(ctx: Ctx, input: EnterpriseInput): Promise<EnterpriseOutput> {
  assertCanWriteEnterprises(ctx)
  return inTransaction(ctx, async (tx) => {
    await checkInput(tx, input)
    await checkDuplicates(tx, input)
    const row = await insertEnterprise(tx.db, {
      ...columnsOf(input, tx.now),
      createdAt: tx.now,
      createdBy: actorUserId(tx.actor),
    }).catch(rethrowNeqTaken)
    await recordAudit(tx, {
      action: 'enterprise.created',
      entityType: 'enterprise',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    return presentEnterprise(row)
  })
}

/** An enterprise of the caller's scope, or not_found (unknown, or another region's). */
export async function getEnterpriseRowInScope(ctx: Ctx, id: string): Promise<EnterpriseRow> {
  const row = await findEnterprise(ctx.db, id)
  if (!row || !ctx.scope.coversRegion(row.regionCode)) throw notFound('enterprise')
  return row
}

/** One enterprise of the caller's scope, or not_found. */
export async function getEnterpriseOrThrow(ctx: Ctx, id: string): Promise<EnterpriseOutput> {
  if (!canReadEnterprises(ctx.actor)) throw forbidden()
  return presentEnterprise(await getEnterpriseRowInScope(ctx, id))
}

const comparedFields = Object.keys(enterpriseInput.shape).filter((k) => k !== 'confirmedNotDuplicate')

/**
 * Replaces every field of an enterprise (the edit form, `PUT`): an absent optional field is cleared. A new region (in
 * the caller's scope) takes the enterprise's labour needs along.
 */
export async function replaceEnterprise(ctx: Ctx, id: string, input: EnterpriseInput): Promise<EnterpriseOutput> {
  assertCanWriteEnterprises(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getEnterpriseRowInScope(tx, id)
    await checkInput(tx, input)
    const values = columnsOf(input, tx.now)
    const renamed = values.legalName !== current.legalName || values.city !== current.city
    await checkDuplicates(tx, input, id, renamed)
    const changed = changedFields(comparedFields, values, current)
    if (changed.length === 0) return presentEnterprise(current)
    const row = await updateEnterpriseRow(tx.db, id, values).catch(rethrowNeqTaken)
    if (row.regionCode !== current.regionCode) await moveEnterpriseNeeds(tx, id, current.regionCode, row.regionCode)
    await recordAudit(tx, {
      action: 'enterprise.updated',
      entityType: 'enterprise',
      entityId: id,
      regionCode: row.regionCode,
      details: { changed },
    })
    return presentEnterprise(row)
  })
}

/** Enterprises of the caller's scope matching the filters (folded name or NEQ, sector, MRC, region), a page of 50. */
export async function listEnterprises(ctx: Ctx, filter: EnterpriseFilter): Promise<EnterprisePage> {
  if (!canReadEnterprises(ctx.actor)) throw forbidden()
  const regionCodes = regionFilter(ctx.scope, filter.region)
  const page = filter.page ?? 1
  const rows = await listEnterpriseRows(
    ctx.db,
    { q: filter.q, sector: filter.sector, mrc: filter.mrc, regionCodes },
    { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE + 1 },
  )
  return { data: rows.slice(0, PAGE_SIZE).map(presentEnterprise), nextPage: rows.length > PAGE_SIZE ? page + 1 : null }
}
