import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { validOn } from '../directorates/directorate.queries.js'
import { servicePoints } from './service-point.schema.js'

export type ServicePointRow = typeof servicePoints.$inferSelect

export async function findServicePoint(db: Db, id: string): Promise<ServicePointRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(servicePoints).where(eq(servicePoints.id, id))
  return row
}

/** Service points of some regions ('all' = every region), optionally only those active on a date. */
export function listServicePointRows(db: Db, regionCodes: 'all' | string[], activeOn?: string): Promise<ServicePointRow[]> {
  const conditions: (SQL | undefined)[] = []
  if (regionCodes !== 'all') conditions.push(inArray(servicePoints.regionCode, regionCodes.length ? regionCodes : ['']))
  if (activeOn) conditions.push(validOn(servicePoints, activeOn))
  return db
    .select()
    .from(servicePoints)
    .where(and(...conditions))
    .orderBy(servicePoints.regionCode, sql`${servicePoints.city} collate fr_icu`, sql`${servicePoints.name} collate fr_icu`)
}

/** Another service point of the region with the same name (case-insensitive). */
export async function findServicePointByName(db: Db, regionCode: string, name: string) {
  const [row] = await db
    .select({ id: servicePoints.id })
    .from(servicePoints)
    .where(and(eq(servicePoints.regionCode, regionCode), sql`lower(${servicePoints.name}) = lower(${name})`))
  return row
}
