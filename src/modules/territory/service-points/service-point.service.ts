import { eq } from 'drizzle-orm'
import { assertCan, type Ctx, recordAudit } from '../../access/index.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, notFound } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { assertRegionInScope, assertRegionWritable, civilDate, inScope, regionCodesInScope } from '../scope.js'
import { type ServicePointInput, servicePointInput, type ServicePointOutput } from './service-point.contracts.js'
import { presentServicePoint } from './service-point.presenter.js'
import { findServicePoint, findServicePointByName, listServicePointRows, type ServicePointRow } from './service-point.queries.js'
import { servicePoints } from './service-point.schema.js'

const nameTaken = () =>
  conflict('SERVICE_POINT_NAME_TAKEN', 'name', {
    fr: 'Un point de services de cette région porte déjà ce nom.',
    en: 'A service point of this region already has this name.',
  })

/** Service points the actor may see, optionally of one region and only those active today. */
export async function listServicePoints(ctx: Ctx, filter: { region?: string; active?: boolean } = {}): Promise<ServicePointOutput[]> {
  assertCan(ctx.actor, 'territory.read')
  const today = civilDate(ctx.now)
  let scope = await regionCodesInScope(ctx.db, ctx.actor, today)
  if (filter.region) scope = inScope(scope, filter.region) ? [filter.region] : []
  const rows = await listServicePointRows(ctx.db, scope, filter.active ? today : undefined)
  return rows.map((r) => presentServicePoint(r, today))
}

async function getRowInScope(ctx: Ctx, id: string): Promise<ServicePointRow> {
  const row = await findServicePoint(ctx.db, id)
  if (!row) throw notFound('service_point')
  await assertRegionInScope(ctx.db, ctx.actor, row.regionCode, civilDate(ctx.now), 'service_point')
  return row
}

/** One service point, or not_found when unknown or outside the actor's scope. */
export async function getServicePointOrThrow(ctx: Ctx, id: string): Promise<ServicePointOutput> {
  assertCan(ctx.actor, 'territory.read')
  return presentServicePoint(await getRowInScope(ctx, id), civilDate(ctx.now))
}

async function checkRegionAndName(ctx: Ctx, input: { regionCode: string; name: string }, selfId?: string) {
  await assertRegionWritable(ctx.db, ctx.actor, input.regionCode, civilDate(ctx.now))
  const other = await findServicePointByName(ctx.db, input.regionCode, input.name)
  if (other && other.id !== selfId) throw nameTaken()
}

/** Creates a service point in a region of the actor's scope; a duplicate name in the region is a conflict. */
export async function createServicePoint(ctx: Ctx, raw: ServicePointInput): Promise<ServicePointOutput> {
  assertCan(ctx.actor, 'territory.manage')
  const input = parseInput(servicePointInput, raw)
  await checkRegionAndName(ctx, input)
  try {
    const [row] = await ctx.db
      .insert(servicePoints)
      .values({ ...input, validTo: input.validTo ?? null, createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
    await recordAudit(ctx, { action: 'service_point.created', entityType: 'service_point', entityId: row!.id })
    return presentServicePoint(row!, civilDate(ctx.now))
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error
  }
}

/** Changes some fields of a service point; the merged record is validated as a whole. */
export async function updateServicePoint(ctx: Ctx, id: string, changes: Partial<ServicePointInput>): Promise<ServicePointOutput> {
  assertCan(ctx.actor, 'territory.manage')
  const current = await getRowInScope(ctx, id)
  const input = parseInput(servicePointInput, { ...current, ...changes })
  await checkRegionAndName(ctx, input, id)
  try {
    const [row] = await ctx.db
      .update(servicePoints)
      .set({ ...input, validTo: input.validTo ?? null, updatedAt: ctx.now })
      .where(eq(servicePoints.id, id))
      .returning()
    const changed = Object.keys(changes).filter((k) => k in input)
    await recordAudit(ctx, { action: 'service_point.updated', entityType: 'service_point', entityId: id, details: { changed } })
    return presentServicePoint(row!, civilDate(ctx.now))
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error
  }
}
