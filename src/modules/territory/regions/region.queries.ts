import { inArray, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { mrcs, regions } from './region.schema.js'

export type RegionRow = typeof regions.$inferSelect
export type MrcRow = typeof mrcs.$inferSelect

export function listRegions(db: Db): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.code))
}

export async function findRegionByCode(db: Db, code: string): Promise<RegionRow | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code))
  return row
}

export async function findRegionBySlug(db: Db, slug: string): Promise<RegionRow | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.slug, slug))
  return row
}

/** The MRCs of a region in French alphabetical order. */
/** The MRCs of several regions in one query, by region code then name. */
export function listMrcsOfRegions(db: Db, regionCodes: readonly string[]): Promise<MrcRow[]> {
  if (regionCodes.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(mrcs)
    .where(inArray(mrcs.regionCode, [...regionCodes]))
    .orderBy(mrcs.regionCode, sql`${mrcs.name} collate fr_icu`)
}

export function listMrcsOfRegion(db: Db, regionCode: string): Promise<MrcRow[]> {
  return db.select().from(mrcs).where(eq(mrcs.regionCode, regionCode)).orderBy(sql`${mrcs.name} collate fr_icu`)
}
