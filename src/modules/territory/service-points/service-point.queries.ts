import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { validOn } from '../../../platform/validity.js'
import { servicePoints } from './service-point.schema.js'

export type ServicePointRow = typeof servicePoints.$inferSelect
export type ServicePointValues = Omit<typeof servicePoints.$inferInsert, 'id' | 'createdAt'>

export async function findServicePoint(db: Db, id: string): Promise<ServicePointRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(servicePoints).where(eq(servicePoints.id, id))
  return row
}

/** Text folded for searching: no accents, no case, punctuation as spaces ("Îles-de-la-Madeleine" ~ "iles de la"). */
const folded = (text: SQL) => sql`trim(regexp_replace(unaccent(lower(${text})), '[^[:alnum:]]+', ' ', 'g'))`

/** Whether the record's name, city, host office or address contains the words (folded; % and _ fold away). */
function containsWords(q: string): SQL {
  const haystack = sql`${servicePoints.name} || ' ' || ${servicePoints.city} || ' ' || ${servicePoints.hostName} || ' ' || ${servicePoints.streetAddress}`
  return sql`${folded(haystack)} like '%' || ${folded(sql`${q}`)} || '%'`
}

/** Service points of some regions ('all' = every region), optionally only those active on a date or matching words. */
export function listServicePointRows(
  db: Db,
  regionCodes: 'all' | readonly string[],
  filter: { activeOn?: string; q?: string } = {},
): Promise<ServicePointRow[]> {
  const conditions: (SQL | undefined)[] = []
  if (regionCodes !== 'all')
    conditions.push(inArray(servicePoints.regionCode, regionCodes.length ? [...regionCodes] : ['']))
  if (filter.activeOn) conditions.push(validOn(servicePoints, filter.activeOn))
  if (filter.q) conditions.push(containsWords(filter.q))
  return db
    .select()
    .from(servicePoints)
    .where(and(...conditions))
    .orderBy(
      servicePoints.regionCode,
      sql`${servicePoints.city} collate fr_icu`,
      sql`${servicePoints.name} collate fr_icu`,
    )
}

/** How many service points are in force on a date in each region (one grouped count; a region with none is absent). */
export async function countActiveServicePointsByRegion(db: Db, date: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ regionCode: servicePoints.regionCode, points: count() })
    .from(servicePoints)
    .where(validOn(servicePoints, date))
    .groupBy(servicePoints.regionCode)
  return new Map(rows.map((r) => [r.regionCode, r.points]))
}

/** Another service point of the region with the same name (case-insensitive). */
export async function findServicePointByName(db: Db, regionCode: string, name: string) {
  const [row] = await db
    .select({ id: servicePoints.id })
    .from(servicePoints)
    .where(and(eq(servicePoints.regionCode, regionCode), sql`lower(${servicePoints.name}) = lower(${name})`))
  return row
}

export async function insertServicePoint(
  db: Db,
  values: ServicePointValues & { createdAt: Date },
): Promise<ServicePointRow> {
  const [row] = await db.insert(servicePoints).values(values).returning()
  return row!
}

export async function updateServicePointRow(db: Db, id: string, values: ServicePointValues): Promise<ServicePointRow> {
  const [row] = await db.update(servicePoints).set(values).where(eq(servicePoints.id, id)).returning()
  return row!
}
