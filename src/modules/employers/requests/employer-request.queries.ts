import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { inRegions, type RegionCodes } from '../regions.sql.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { type employerRequestStatuses, employerRequests } from './employer-request.schema.js'

export type EmployerRequestRow = typeof employerRequests.$inferSelect
export type EmployerRequestStatus = (typeof employerRequestStatuses)[number]

export async function insertEmployerRequest(
  db: Db,
  values: typeof employerRequests.$inferInsert,
): Promise<EmployerRequestRow> {
  const [row] = await db.insert(employerRequests).values(values).returning()
  return row!
}

/** One request, locked for a change when asked (two advisors converting the same request: the second sees it done). */
export async function findEmployerRequest(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<EmployerRequestRow | undefined> {
  if (!isUuid(id)) return undefined
  const query = db.select().from(employerRequests).where(eq(employerRequests.id, id))
  const [row] = forUpdate ? await query.for('update') : await query
  return row
}

/** Requests of some regions ('all' = every region), of one status if asked, newest first. */
export function listEmployerRequestRows(
  db: Db,
  regionCodes: RegionCodes,
  status?: EmployerRequestStatus,
): Promise<EmployerRequestRow[]> {
  const conditions: (SQL | undefined)[] = [inRegions(employerRequests.regionCode, regionCodes)]
  if (status) conditions.push(eq(employerRequests.status, status))
  return db
    .select()
    .from(employerRequests)
    .where(and(...conditions))
    .orderBy(desc(employerRequests.receivedAt), desc(employerRequests.id))
    .limit(500)
}

export async function updateEmployerRequestRow(
  db: Db,
  id: string,
  values: Partial<typeof employerRequests.$inferInsert>,
): Promise<EmployerRequestRow> {
  const [row] = await db.update(employerRequests).set(values).where(eq(employerRequests.id, id)).returning()
  return row!
}

/** The region of an enterprise on record (linking a request checks it is the request's), or undefined. */
export async function findEnterpriseRegion(db: Db, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select({ regionCode: enterprises.regionCode }).from(enterprises).where(eq(enterprises.id, id))
  return row?.regionCode
}
