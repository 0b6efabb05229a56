import { and, asc, desc, eq, inArray, lte, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { consentTexts } from '../consents/consent.schema.js'
import { type requestStatuses, supportRequests } from './request.schema.js'

export type RequestRow = typeof supportRequests.$inferSelect
export type RequestStatus = (typeof requestStatuses)[number]
export type ConsentTextRow = typeof consentTexts.$inferSelect

/** The version of the online-request consent text in force on a date (the latest one valid from then). */
export async function findOnlineRequestConsentText(db: Db, today: string): Promise<ConsentTextRow | undefined> {
  const [row] = await db
    .select()
    .from(consentTexts)
    .where(and(eq(consentTexts.purpose, 'online_request'), lte(consentTexts.validFrom, today)))
    .orderBy(desc(consentTexts.version))
    .limit(1)
  return row
}

/** One consent text, by id. */
export async function findConsentText(db: Db, id: string): Promise<ConsentTextRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(consentTexts).where(eq(consentTexts.id, id))
  return row
}

export async function insertRequest(db: Db, values: typeof supportRequests.$inferInsert): Promise<RequestRow> {
  const [row] = await db.insert(supportRequests).values(values).returning()
  return row!
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(supportRequests).where(eq(supportRequests.id, id))
  return row
}

/** A request locked for a change (two agents converting the same request: the second waits, then sees it done). */
export async function findRequestForUpdate(db: Db, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(supportRequests).where(eq(supportRequests.id, id)).for('update')
  return row
}

/** Requests of some regions ('all' = every region), of one status if asked, oldest first. */
export function listRequestRows(
  db: Db,
  regionCodes: 'all' | readonly string[],
  status?: RequestStatus,
): Promise<RequestRow[]> {
  const conditions: (SQL | undefined)[] = []
  if (regionCodes !== 'all')
    conditions.push(inArray(supportRequests.regionCode, regionCodes.length ? [...regionCodes] : ['']))
  if (status) conditions.push(eq(supportRequests.status, status))
  return db
    .select()
    .from(supportRequests)
    .where(and(...conditions))
    .orderBy(asc(supportRequests.receivedAt), asc(supportRequests.id))
    .limit(500)
}

export async function updateRequestRow(
  db: Db,
  id: string,
  values: Partial<typeof supportRequests.$inferInsert>,
): Promise<RequestRow> {
  const [row] = await db.update(supportRequests).set(values).where(eq(supportRequests.id, id)).returning()
  return row!
}
