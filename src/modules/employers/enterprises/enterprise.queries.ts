import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { inRegions, type RegionCodes } from '../regions.sql.js'
import { isUuid } from '../../../platform/validation.js'
import type { EnterpriseCandidate } from './enterprise.contracts.js'
import { enterpriseContacts, enterprises } from './enterprise.schema.js'

export type EnterpriseRow = typeof enterprises.$inferSelect
export type EnterpriseValues = Omit<typeof enterprises.$inferInsert, 'id' | 'createdAt' | 'nameFolded' | 'cityFolded'>
export type ContactRow = typeof enterpriseContacts.$inferSelect
export type ContactValues = Omit<typeof enterpriseContacts.$inferInsert, 'id' | 'createdAt' | 'enterpriseId'>

/** How alike two folded names must be (pg_trgm similarity, 0–1) in one municipality to flag a possible duplicate. */
export const NAME_SIMILARITY = 0.5

export async function findEnterprise(db: Db, id: string): Promise<EnterpriseRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(enterprises).where(eq(enterprises.id, id))
  return row
}

const candidateColumns = {
  id: enterprises.id,
  legalName: enterprises.legalName,
  city: enterprises.city,
  neq: enterprises.neq,
  regionCode: enterprises.regionCode,
}

/**
 * Enterprises that may be the one described: the same NEQ, or in the same municipality (folded) a name equal once
 * folded or alike (trigram similarity above `NAME_SIMILARITY`). Another enterprise than `selfId`, in every region
 * (the caller decides what to show of those outside its scope).
 */
export async function findDuplicateRows(
  db: Db,
  input: { neq?: string | null; legalName: string; city: string },
  selfId?: string,
): Promise<{ sameNeq: EnterpriseCandidate | undefined; similar: EnterpriseCandidate[] }> {
  const notSelf = selfId ? ne(enterprises.id, selfId) : undefined
  const sameNeq = input.neq
    ? (
        await db
          .select(candidateColumns)
          .from(enterprises)
          .where(and(eq(enterprises.neq, input.neq), notSelf))
      )[0]
    : undefined
  const name = sql`people.fold(${input.legalName})`
  const alike = or(
    eq(enterprises.nameFolded, name),
    sql`similarity(${enterprises.nameFolded}, ${name}) > ${NAME_SIMILARITY}`,
  )
  const similar = await db
    .select(candidateColumns)
    .from(enterprises)
    .where(and(eq(enterprises.cityFolded, sql`people.fold(${input.city})`), alike, notSelf))
    .orderBy(sql`similarity(${enterprises.nameFolded}, ${name}) desc`, asc(enterprises.id))
    .limit(10)
  return { sameNeq, similar: similar.filter((c) => c.id !== sameNeq?.id) }
}

export type EnterpriseListFilter = { q?: string; sector?: string; mrc?: string; regionCodes: RegionCodes }

/** The list's conditions: the regions read, the sector, the MRC, words of the name or the NEQ's beginning. */
export function enterpriseConditions(filter: EnterpriseListFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = []
  conditions.push(inRegions(enterprises.regionCode, filter.regionCodes))
  if (filter.sector) conditions.push(eq(enterprises.scianCode, filter.sector))
  if (filter.mrc) conditions.push(eq(enterprises.mrcCode, filter.mrc))
  const q = filter.q?.trim()
  if (q) {
    const digits = q.replace(/\s+/g, '')
    const words = sql`strpos(${enterprises.nameFolded}, coalesce(people.fold(${q}), '')) > 0`
    // A NEQ typed (or its beginning) finds the enterprise; words find names (folded, anywhere in the name).
    conditions.push(/^[0-9]{3,10}$/.test(digits) ? or(words, sql`starts_with(${enterprises.neq}, ${digits})`) : words)
  }
  return and(...conditions)
}

/** A page of enterprises of some regions matching the filters, by folded name; one row more tells a next page. */
export function listEnterpriseRows(
  db: Db,
  filter: EnterpriseListFilter,
  page: { offset: number; limit: number },
): Promise<EnterpriseRow[]> {
  return db
    .select()
    .from(enterprises)
    .where(enterpriseConditions(filter))
    .orderBy(enterprises.nameFolded, enterprises.id)
    .offset(page.offset)
    .limit(page.limit)
}

export async function insertEnterprise(db: Db, values: EnterpriseValues & { createdAt: Date }): Promise<EnterpriseRow> {
  const [row] = await db.insert(enterprises).values(values).returning()
  return row!
}

export async function updateEnterpriseRow(db: Db, id: string, values: EnterpriseValues): Promise<EnterpriseRow> {
  const [row] = await db.update(enterprises).set(values).where(eq(enterprises.id, id)).returning()
  return row!
}

/** An enterprise's contacts, by name. */
export function listContactRows(db: Db, enterpriseId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(enterpriseContacts)
    .where(eq(enterpriseContacts.enterpriseId, enterpriseId))
    .orderBy(sql`${enterpriseContacts.name} collate fr_icu`, enterpriseContacts.id)
}

/** One contact of an enterprise (undefined when the contact is another enterprise's). */
export async function findContact(db: Db, enterpriseId: string, id: string): Promise<ContactRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select()
    .from(enterpriseContacts)
    .where(and(eq(enterpriseContacts.id, id), eq(enterpriseContacts.enterpriseId, enterpriseId)))
  return row
}

export async function insertContact(
  db: Db,
  values: ContactValues & { enterpriseId: string; createdAt: Date },
): Promise<ContactRow> {
  const [row] = await db.insert(enterpriseContacts).values(values).returning()
  return row!
}

export async function updateContactRow(db: Db, id: string, values: ContactValues): Promise<ContactRow> {
  const [row] = await db.update(enterpriseContacts).set(values).where(eq(enterpriseContacts.id, id)).returning()
  return row!
}

export async function deleteContactRow(db: Db, id: string): Promise<void> {
  await db.delete(enterpriseContacts).where(eq(enterpriseContacts.id, id))
}

/** The legal names of some enterprises by id (id → name), in one query; no access check (the caller decides). */
export async function findEnterpriseNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db
    .select({ id: enterprises.id, name: enterprises.legalName })
    .from(enterprises)
    .where(inArray(enterprises.id, unique))
  return new Map(rows.map((r) => [r.id, r.name]))
}
