import { type Ctx, recordAudit } from '../../access/index.js'
import { findPersonNames } from '../../people/index.js'
import { regionFilter } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { forbidden, notFound } from '../../../platform/errors.js'
import type { Db } from '../../../platform/db/database.js'
import {
  countPlacementRows,
  findPlacement,
  listEnterprisePlacementRows,
  listMobilityRows,
  listPlacementRows,
  type PlacementListRow,
} from './placement.queries.js'
import type { MobilityFilter, MobilityFlow, PlacementFilter, PlacementOutput } from './proposal.contracts.js'
import { canReadProposals } from './proposal.policy.js'
import { presentPlacement } from './proposal.presenter.js'

async function presentPlacements(ctx: Ctx, rows: readonly PlacementListRow[]): Promise<PlacementOutput[]> {
  const names = await findPersonNames(
    ctx.db,
    rows.filter((r) => r.visible).map((r) => r.placement.personId),
  )
  return rows.map((r) => presentPlacement(r, names))
}

/** Hires of positions in the caller's regions, newest first (period, region, employment type). */
export async function listPlacements(ctx: Ctx, filter: PlacementFilter = {}): Promise<PlacementOutput[]> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  const regions = regionFilter(ctx.scope, filter.region)
  return presentPlacements(ctx, await listPlacementRows(ctx.db, ctx.scope, regions, filter, civilDate(ctx.now)))
}

/** An enterprise's hires (the enterprise is already read and scope-checked by the caller). */
export async function listEnterprisePlacements(ctx: Ctx, enterpriseId: string): Promise<PlacementOutput[]> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  return presentPlacements(ctx, await listEnterprisePlacementRows(ctx.db, ctx.scope, enterpriseId, civilDate(ctx.now)))
}

/** One hire of a position in the caller's regions, else not_found; the view is audited (it names a person). */
export async function getPlacementOrThrow(ctx: Ctx, id: string): Promise<PlacementOutput> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  const row = await findPlacement(ctx.db, ctx.scope, id, civilDate(ctx.now))
  if (!row || !ctx.scope.coversRegion(row.placement.regionCode)) throw notFound('placement')
  await recordAudit(ctx, {
    action: 'placement.viewed',
    entityType: 'placement',
    entityId: id,
    regionCode: row.placement.regionCode,
  })
  const [out] = await presentPlacements(ctx, [row])
  return out!
}

/** Interregional hires of the caller's regions by region of origin and destination (the mobility view). */
export async function listMobilityFlows(ctx: Ctx, filter: MobilityFilter = {}): Promise<MobilityFlow[]> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  return listMobilityRows(ctx.db, regionFilter(ctx.scope, filter.region), filter)
}

/** The region's hires in a period (every hire, and how many came from another region). */
export async function countHires(
  ctx: Ctx,
  filter: MobilityFilter = {},
): Promise<{ total: number; interregional: number }> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  const regions = regionFilter(ctx.scope, filter.region)
  const [total, flows] = await Promise.all([
    countPlacementRows(ctx.db, regions, filter),
    listMobilityRows(ctx.db, regions, filter),
  ])
  return { total, interregional: flows.reduce((n, f) => n + f.count, 0) }
}

/**
 * Reports: hires (placements) dated in [from, to] (Québec civil dates, inclusive) of positions in the regions given.
 * No access check: the reports module decides who reads its figures.
 */
export function countPlacements(db: Db, query: { regionCodes: readonly string[]; from: string; to: string }) {
  return countPlacementRows(db, query.regionCodes, query)
}

/**
 * Reports: interregional hires (the candidate lived in another region when hired) dated in [from, to] of positions in
 * the regions given, by region of origin and of the position, most frequent first. No access check.
 */
export function countMobilityFlows(
  db: Db,
  query: { regionCodes: readonly string[]; from: string; to: string },
): Promise<MobilityFlow[]> {
  return listMobilityRows(db, query.regionCodes, query)
}
