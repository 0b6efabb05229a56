import { and, asc, desc, eq, inArray, lt, max, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { organizations } from '../organizations/organization.schema.js'
import { programs, programVolets } from '../programs/program.schema.js'
import type { AgreementCursor, AgreementListQuery, YearAmount } from './agreement.contracts.js'
import { agreementAmounts, agreementEvents, agreements, amendments } from './agreement.schema.js'
import { fiscalYearBounds } from './fiscal-years.js'

export type AgreementRow = typeof agreements.$inferSelect
export type AgreementValues = Omit<typeof agreements.$inferInsert, 'id' | 'createdAt'>

const listColumns = {
  id: agreements.id,
  reference: agreements.reference,
  title: agreements.title,
  organizationId: agreements.organizationId,
  organizationName: organizations.name,
  regionCode: agreements.regionCode,
  programCode: agreements.programCode,
  voletId: agreements.voletId,
  voletCode: programVolets.code,
  startOn: agreements.startOn,
  endOn: agreements.endOn,
  totalCents: agreements.totalCents,
  status: agreements.status,
}

export async function findAgreement(db: Db, id: string): Promise<AgreementRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id))
  return row
}

/**
 * Locks an agreement's row for the rest of the transaction (`select … for update`): whoever changes its status or adds
 * an amendment reads it after any concurrent change commits, so two moves cannot both pass the same check.
 */
export async function lockAgreement(db: Db, id: string): Promise<void> {
  if (!isUuid(id)) return
  await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.id, id)).for('update')
}

/** An agreement's yearly amounts, in year order, folded into its row's query (a JSON array, empty when none). */
const amountsOf = sql<YearAmount[]>`coalesce((
  select json_agg(json_build_object('fiscalYear', ${agreementAmounts.fiscalYear}, 'amountCents', ${agreementAmounts.amountCents})
    order by ${agreementAmounts.fiscalYear})
  from ${agreementAmounts} where ${agreementAmounts.agreementId} = ${agreements.id}), '[]'::json)`

/** An agreement with the names of its organization, program and volet and its yearly amounts (the details page, the API). */
export async function findAgreementDetails(db: Db, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({
      agreement: agreements,
      organizationName: organizations.name,
      voletCode: programVolets.code,
      programNameFr: programs.nameFr,
      programNameEn: programs.nameEn,
      voletNameFr: programVolets.nameFr,
      voletNameEn: programVolets.nameEn,
      amounts: amountsOf,
    })
    .from(agreements)
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .innerJoin(programs, eq(programs.code, agreements.programCode))
    .leftJoin(programVolets, eq(programVolets.id, agreements.voletId))
    .where(eq(agreements.id, id))
  return row
}
export type AgreementDetailsRow = NonNullable<Awaited<ReturnType<typeof findAgreementDetails>>>

/** The amendments and status events of an agreement (two small reads, side by side). */
export async function findAgreementParts(db: Db, id: string) {
  if (!isUuid(id)) return { amendments: [], events: [] }
  const [amendmentRows, events] = await Promise.all([
    db.select().from(amendments).where(eq(amendments.agreementId, id)).orderBy(asc(amendments.number)),
    db.select().from(agreementEvents).where(eq(agreementEvents.agreementId, id)).orderBy(asc(agreementEvents.at)),
  ])
  return { amendments: amendmentRows, events }
}
export type AgreementParts = Awaited<ReturnType<typeof findAgreementParts>>

/** Another agreement with this reference, case-insensitive. */
export async function findAgreementIdByReference(db: Db, reference: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: agreements.id })
    .from(agreements)
    .where(sql`lower(${agreements.reference}) = lower(${reference})`)
  return row?.id
}

export async function insertAgreement(db: Db, values: AgreementValues & { createdAt: Date }): Promise<AgreementRow> {
  const [row] = await db.insert(agreements).values(values).returning()
  return row!
}

export async function updateAgreementRow(db: Db, id: string, values: Partial<AgreementValues>): Promise<AgreementRow> {
  const [row] = await db.update(agreements).set(values).where(eq(agreements.id, id)).returning()
  return row!
}

/** Replaces every yearly amount of an agreement. */
export async function replaceAmounts(db: Db, agreementId: string, amounts: readonly YearAmount[]): Promise<void> {
  await db.delete(agreementAmounts).where(eq(agreementAmounts.agreementId, agreementId))
  if (amounts.length > 0) await db.insert(agreementAmounts).values(amounts.map((a) => ({ agreementId, ...a })))
}

export async function insertAgreementEvent(db: Db, values: Omit<typeof agreementEvents.$inferInsert, 'id'>) {
  await db.insert(agreementEvents).values(values)
}

export async function insertAmendment(db: Db, values: Omit<typeof amendments.$inferInsert, 'id' | 'number'>) {
  const [last] = await db
    .select({ number: max(amendments.number) })
    .from(amendments)
    .where(eq(amendments.agreementId, values.agreementId))
  const number = (last?.number ?? 0) + 1
  await db.insert(amendments).values({ ...values, number })
  return number
}

const inRegions = (regionCodes: 'all' | readonly string[]) =>
  regionCodes === 'all' ? undefined : inArray(agreements.regionCode, regionCodes.length ? [...regionCodes] : [''])

/** The list's conditions: the regions read, program, status, fiscal year (overlap), organization, position. */
export function agreementListConditions(
  regionCodes: 'all' | readonly string[],
  f: AgreementListQuery,
): (SQL | undefined)[] {
  const year = f.fiscalYear === undefined ? undefined : fiscalYearBounds(f.fiscalYear)
  return [
    inRegions(regionCodes),
    f.program ? eq(agreements.programCode, f.program) : undefined,
    f.status ? eq(agreements.status, f.status) : undefined,
    f.organization ? eq(agreements.organizationId, f.organization) : undefined,
    year ? and(sql`${agreements.startOn} <= ${year.endOn}`, sql`${agreements.endOn} >= ${year.startOn}`) : undefined,
    f.after ? afterCursor(f.after) : undefined,
  ]
}

/** Rows after a position, newest start first: (start_on, id) below the cursor's. */
function afterCursor(c: AgreementCursor): SQL | undefined {
  return or(lt(agreements.startOn, c.startOn), and(eq(agreements.startOn, c.startOn), lt(agreements.id, c.id)))
}

/** A page of the agreements of some regions matching the filters, newest start first, with names. */
export function listAgreementRows(
  db: Db,
  regionCodes: 'all' | readonly string[],
  filter: AgreementListQuery,
  limit: number,
) {
  return db
    .select(listColumns)
    .from(agreements)
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .leftJoin(programVolets, eq(programVolets.id, agreements.voletId))
    .where(and(...agreementListConditions(regionCodes, filter)))
    .orderBy(desc(agreements.startOn), desc(agreements.id))
    .limit(limit)
}

/** The yearly amounts of every agreement past preparation in some regions, summed by program or region and year. */
export async function sumAmounts(db: Db, regionCodes: 'all' | readonly string[], by: 'program' | 'region') {
  const key = by === 'program' ? agreements.programCode : agreements.regionCode
  return db
    .select({
      key,
      fiscalYear: agreementAmounts.fiscalYear,
      amountCents: sql<number>`sum(${agreementAmounts.amountCents})::bigint`.mapWith(Number),
      agreements: sql<number>`count(distinct ${agreements.id})::int`.mapWith(Number),
    })
    .from(agreementAmounts)
    .innerJoin(agreements, eq(agreements.id, agreementAmounts.agreementId))
    .where(and(inRegions(regionCodes), sql`${agreements.status} <> 'preparation'`))
    .groupBy(key, agreementAmounts.fiscalYear)
    .orderBy(key, agreementAmounts.fiscalYear)
}
