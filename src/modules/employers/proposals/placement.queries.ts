import { and, asc, count, desc, eq, gte, lte, ne, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { candidateProfiles } from '../candidates/candidate.schema.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { labourNeeds } from '../needs/labour-need.schema.js'
import type { MobilityFilter, PlacementFilter } from './proposal.contracts.js'
import { inRegions, type RegionCodes } from '../regions.sql.js'
import { profileVisibleSql } from './proposal.queries.js'
import { placements } from './proposal.schema.js'

export type PlacementRow = typeof placements.$inferSelect

export async function insertPlacement(db: Db, values: typeof placements.$inferInsert): Promise<PlacementRow> {
  const [row] = await db.insert(placements).values(values).returning()
  return row!
}

/** Removes the placement of a proposal (a hire taken back); returns it when there was one. */
export async function deletePlacementOfProposal(db: Db, proposalId: string): Promise<PlacementRow | undefined> {
  const [row] = await db.delete(placements).where(eq(placements.proposalId, proposalId)).returning()
  return row
}

/**
 * The need's status follows its hires: filled when placements ≥ positions, partially filled below, open without any;
 * a cancelled need stays cancelled. One statement, so it is right whatever wrote the placements.
 */
export async function refreshNeedStatus(db: Db, needId: string): Promise<void> {
  const hires = sql`(select count(*) from ${placements} where ${placements.labourNeedId} = ${labourNeeds.id})`
  await db
    .update(labourNeeds)
    .set({
      status: sql`case when ${labourNeeds.status} = 'cancelled' then ${labourNeeds.status}
        when ${hires} >= ${labourNeeds.positions} then 'filled'
        when ${hires} > 0 then 'partially_filled' else 'open' end`,
    })
    .where(eq(labourNeeds.id, needId))
}

/** Placements with their enterprise and whether the caller still sees the candidate's profile. */
function selectPlacements(db: Db, scope: Scope, today: string) {
  return db
    .select({
      placement: placements,
      enterpriseName: enterprises.legalName,
      visible: sql<boolean>`coalesce(${profileVisibleSql(scope, today)}, false)`,
    })
    .from(placements)
    .innerJoin(enterprises, eq(enterprises.id, placements.enterpriseId))
    .leftJoin(candidateProfiles, eq(candidateProfiles.personId, placements.personId))
}
export type PlacementListRow = Awaited<ReturnType<typeof selectPlacements>>[number]

export async function findPlacement(db: Db, scope: Scope, id: string, today: string) {
  const [row] = await selectPlacements(db, scope, today).where(eq(placements.id, id))
  return row
}

function periodOf(filter: { from?: string; to?: string }) {
  return [
    filter.from ? gte(placements.hiredOn, filter.from) : undefined,
    filter.to ? lte(placements.hiredOn, filter.to) : undefined,
  ]
}

/** Hires in the regions (of the position), newest first, filtered by period and employment type. */
export function listPlacementRows(db: Db, scope: Scope, regions: RegionCodes, filter: PlacementFilter, today: string) {
  return selectPlacements(db, scope, today)
    .where(
      and(
        inRegions(placements.regionCode, regions),
        ...periodOf(filter),
        filter.employmentType ? eq(placements.employmentType, filter.employmentType) : undefined,
      ),
    )
    .orderBy(desc(placements.hiredOn), asc(placements.id))
    .limit(500)
}

/** An enterprise's hires, newest first. */
export function listEnterprisePlacementRows(db: Db, scope: Scope, enterpriseId: string, today: string) {
  return selectPlacements(db, scope, today)
    .where(eq(placements.enterpriseId, enterpriseId))
    .orderBy(desc(placements.hiredOn), asc(placements.id))
    .limit(200)
}

/** Hires dated in a period in the regions (of the position). */
export async function countPlacementRows(db: Db, regions: RegionCodes, filter: MobilityFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(placements)
    .where(and(inRegions(placements.regionCode, regions), ...periodOf(filter)))
  return Number(row?.n ?? 0)
}

/** Interregional hires (origin region ≠ the position's) in the regions and period, by origin and destination. */
export async function listMobilityRows(db: Db, regions: RegionCodes, filter: MobilityFilter) {
  const rows = await db
    .select({
      originRegionCode: placements.originRegionCode,
      regionCode: placements.regionCode,
      count: count(),
    })
    .from(placements)
    .where(
      and(
        inRegions(placements.regionCode, regions),
        ne(placements.originRegionCode, placements.regionCode),
        ...periodOf(filter),
      ),
    )
    .groupBy(placements.originRegionCode, placements.regionCode)
    .orderBy(desc(count()), asc(placements.originRegionCode), asc(placements.regionCode))
  return rows.map((r) => ({ ...r, count: Number(r.count) }))
}
