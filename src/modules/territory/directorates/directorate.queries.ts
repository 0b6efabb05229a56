import { and, asc, desc, eq, isNull, or } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { validOn } from '../../../platform/validity.js'
import { contactChannels, directorateRegions, directorates } from './directorate.schema.js'

export type DirectorateRow = typeof directorates.$inferSelect

/** The directorate serving a region on a date, if any. */
export async function findDirectorateOfRegion(db: Db, regionCode: string, date: string) {
  const [row] = await db
    .select({ directorate: directorates })
    .from(directorateRegions)
    .innerJoin(directorates, eq(directorates.id, directorateRegions.directorateId))
    .where(and(eq(directorateRegions.regionCode, regionCode), validOn(directorateRegions, date)))
  return row?.directorate
}

/** The regions a directorate serves on a date. */
export async function regionCodesOfDirectorate(db: Db, directorateId: string, date: string): Promise<string[]> {
  const rows = await db
    .select({ code: directorateRegions.regionCode })
    .from(directorateRegions)
    .where(and(eq(directorateRegions.directorateId, directorateId), validOn(directorateRegions, date)))
  return rows.map((r) => r.code)
}

/** The contact channels in force for a region: its own, then its directorate's. */
export async function listContactChannels(db: Db, regionCode: string, directorateId: string | undefined, date: string) {
  const owner = directorateId
    ? or(
        eq(contactChannels.regionCode, regionCode),
        and(isNull(contactChannels.regionCode), eq(contactChannels.directorateId, directorateId)),
      )
    : eq(contactChannels.regionCode, regionCode)
  return db
    .select({ kind: contactChannels.kind, value: contactChannels.value })
    .from(contactChannels)
    .where(and(owner, validOn(contactChannels, date)))
    .orderBy(asc(contactChannels.kind), asc(contactChannels.value))
}

/** Every region's directorate on a date, by region code (the latest assignment if periods overlap): one query. */
export async function listDirectoratesByRegion(db: Db, date: string): Promise<Map<string, DirectorateRow>> {
  const rows = await db
    .select({ regionCode: directorateRegions.regionCode, directorate: directorates })
    .from(directorateRegions)
    .innerJoin(directorates, eq(directorates.id, directorateRegions.directorateId))
    .where(validOn(directorateRegions, date))
    .orderBy(asc(directorateRegions.regionCode), desc(directorateRegions.validFrom))
  const byRegion = new Map<string, DirectorateRow>()
  for (const row of rows) if (!byRegion.has(row.regionCode)) byRegion.set(row.regionCode, row.directorate)
  return byRegion
}

/** Every contact channel in force on a date, with its owner (a region, or a directorate for all its regions). */
export function listContactChannelsOn(db: Db, date: string) {
  return db
    .select({
      regionCode: contactChannels.regionCode,
      directorateId: contactChannels.directorateId,
      kind: contactChannels.kind,
      value: contactChannels.value,
    })
    .from(contactChannels)
    .where(validOn(contactChannels, date))
    .orderBy(asc(contactChannels.kind), asc(contactChannels.value))
}

export async function findDirectorate(db: Db, id: string): Promise<DirectorateRow | undefined> {
  const [row] = await db.select().from(directorates).where(eq(directorates.id, id))
  return row
}

/** The directorate with this French name, if any (the demo loader checks whether it already ran). */
export async function findDirectorateByName(db: Db, nameFr: string): Promise<DirectorateRow | undefined> {
  const [row] = await db.select().from(directorates).where(eq(directorates.nameFr, nameFr))
  return row
}
