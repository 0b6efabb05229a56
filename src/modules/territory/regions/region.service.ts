import { assertCan, type Ctx } from '../../access/index.js'
import { notFound } from '../../../platform/errors.js'
import {
  findRegionByCode,
  listMrcsOfRegion,
  listMrcsOfRegions,
  listRegions,
  type MrcRow,
  type RegionRow,
} from './region.queries.js'

/** The 17 regions (reference data, the same for every member of staff). */
export async function listAllRegions(ctx: Ctx): Promise<RegionRow[]> {
  assertCan(ctx.actor, 'territory.read')
  return listRegions(ctx.db)
}

/** The regions the caller's scope reaches (all 17 for scope 'all'), in code order: a form offers only these. */
export async function listRegionsInScope(ctx: Ctx): Promise<RegionRow[]> {
  return (await listAllRegions(ctx)).filter((r) => ctx.scope.coversRegion(r.code))
}

/** A region with its MRCs, or not_found for an unknown code. */
export async function getRegionWithMrcsOrThrow(ctx: Ctx, code: string): Promise<RegionRow & { mrcs: MrcRow[] }> {
  assertCan(ctx.actor, 'territory.read')
  const region = await findRegionByCode(ctx.db, code)
  if (!region) throw notFound('region')
  return { ...region, mrcs: await listMrcsOfRegion(ctx.db, region.code) }
}

/** The MRCs of some regions (a form offering the caller's regions), in one query. */
export async function listMrcsOfRegionsOrThrow(ctx: Ctx, regionCodes: readonly string[]): Promise<MrcRow[]> {
  assertCan(ctx.actor, 'territory.read')
  return listMrcsOfRegions(ctx.db, regionCodes)
}
