import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { parseInput } from '../../../platform/validation.js'
import { assertRegionCovered, assertRegionWritable, regionFilter } from '../scope.js'
import {
  type ServicePointFilter,
  type ServicePointInput,
  servicePointInput,
  type ServicePointOutput,
  type ServicePointPatch,
} from './service-point.contracts.js'
import { canManageServicePoints, canReadServicePoints } from './service-point.policy.js'
import { presentServicePoint } from './service-point.presenter.js'
import {
  findServicePoint,
  findServicePointByName,
  insertServicePoint,
  listServicePointRows,
  type ServicePointRow,
  updateServicePointRow,
} from './service-point.queries.js'

const nameTaken = () =>
  conflict('SERVICE_POINT_NAME_TAKEN', 'name', {
    fr: 'Un point de services de cette région porte déjà ce nom.',
    en: 'A service point of this region already has this name.',
  })

const regionIsFixed = () =>
  invalidInput({
    regionCode: {
      fr: 'Un point de services ne change pas de région : fermez-le (date de fin) et créez-en un dans l’autre région.',
      en: 'A service point does not change region: close it (end date) and create one in the other region.',
    },
  })

/** Service points the caller may see: of one region, only those in force today, or matching words, if asked. */
export async function listServicePoints(ctx: Ctx, filter: ServicePointFilter = {}): Promise<ServicePointOutput[]> {
  if (!canReadServicePoints(ctx.actor)) throw forbidden()
  const today = civilDate(ctx.now)
  const rows = await listServicePointRows(ctx.db, regionFilter(ctx.scope, filter.region), {
    activeOn: filter.active ? today : undefined,
    q: filter.q,
  })
  return rows.map((r) => presentServicePoint(r, today))
}

async function getRowInScope(ctx: Ctx, id: string): Promise<ServicePointRow> {
  const row = await findServicePoint(ctx.db, id)
  if (!row) throw notFound('service_point')
  assertRegionCovered(ctx.scope, row.regionCode, 'service_point')
  return row
}

/** One service point, or not_found when unknown or outside the caller's scope. */
export async function getServicePointOrThrow(ctx: Ctx, id: string): Promise<ServicePointOutput> {
  if (!canReadServicePoints(ctx.actor)) throw forbidden()
  return presentServicePoint(await getRowInScope(ctx, id), civilDate(ctx.now))
}

/** Throws forbidden unless the caller may manage service points (forms check it before showing themselves). */
export function assertCanManageServicePoints(ctx: Ctx): void {
  if (!canManageServicePoints(ctx.actor, ctx.scope)) throw forbidden()
}

async function checkRegionAndName(ctx: Ctx, input: ServicePointInput, selfId?: string): Promise<void> {
  await assertRegionWritable(ctx.db, ctx.scope, input.regionCode)
  const other = await findServicePointByName(ctx.db, input.regionCode, input.name)
  if (other && other.id !== selfId) throw nameTaken()
}

const columnsOf = (input: ServicePointInput, now: Date) => ({
  ...input,
  postalCode: input.postalCode ?? null,
  hoursFr: input.hoursFr ?? null,
  hoursEn: input.hoursEn ?? null,
  validTo: input.validTo ?? null,
  updatedAt: now,
})

/** Creates a service point in a region of the caller's scope; a duplicate name in the region is a conflict. */
export async function createServicePoint(ctx: Ctx, input: ServicePointInput): Promise<ServicePointOutput> {
  assertCanManageServicePoints(ctx)
  return inTransaction(ctx, async (tx) => {
    await checkRegionAndName(tx, input)
    const row = await insertServicePoint(tx.db, { ...columnsOf(input, tx.now), createdAt: tx.now }).catch(
      rethrowNameTaken,
    )
    await recordAudit(tx, {
      action: 'service_point.created',
      entityType: 'service_point',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    return presentServicePoint(row, civilDate(tx.now))
  })
}

/** Replaces every field of a service point (the edit form): an absent optional field is cleared. */
export async function replaceServicePoint(ctx: Ctx, id: string, input: ServicePointInput): Promise<ServicePointOutput> {
  assertCanManageServicePoints(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    // Accounts scoped to this service point reach its region: moving it would silently move their access.
    if (input.regionCode !== current.regionCode) throw regionIsFixed()
    await checkRegionAndName(tx, input, id)
    const values = columnsOf(input, tx.now)
    const changed = changedFields(Object.keys(servicePointInput.shape), values, current)
    // Saving an unchanged form changes nothing and says so in no audit event.
    if (changed.length === 0) return presentServicePoint(current, civilDate(tx.now))
    const row = await updateServicePointRow(tx.db, id, values).catch(rethrowNameTaken)
    await recordAudit(tx, {
      action: 'service_point.updated',
      entityType: 'service_point',
      entityId: id,
      regionCode: row.regionCode,
      details: { changed },
    })
    return presentServicePoint(row, civilDate(tx.now))
  })
}

/** Changes some fields of a service point (API PATCH): the merged record is validated as a whole, then replaced. */
export async function updateServicePoint(
  ctx: Ctx,
  id: string,
  changes: ServicePointPatch,
): Promise<ServicePointOutput> {
  assertCanManageServicePoints(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    return replaceServicePoint(tx, id, parseInput(servicePointInput, { ...current, ...changes }))
  })
}

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error) ? nameTaken() : error
}
