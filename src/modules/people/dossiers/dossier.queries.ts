import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm'
import type { Scope, ScopedRecord } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { queryRows } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { readableDossierSql } from '../access.js'
import { persons } from '../persons/person.schema.js'
import type { DossierCursor, DossierListQuery } from './dossier.contracts.js'
import { dossierEvents, dossiers, dossierTransfers } from './dossier.schema.js'

export type DossierRow = typeof dossiers.$inferSelect
export type DossierValues = Omit<typeof dossiers.$inferInsert, 'id'>
export type DossierEventValues = Omit<typeof dossierEvents.$inferInsert, 'id'>

export async function findDossier(db: Db, id: string): Promise<DossierRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id))
  return row
}

/** Where the dossier was before each of its transfers (the staff there keep reading it). */
export function listFormerLocations(db: Db, dossierId: string): Promise<ScopedRecord[]> {
  return db
    .select({ regionCode: dossierTransfers.fromRegionCode, servicePointId: dossierTransfers.fromServicePointId })
    .from(dossierTransfers)
    .where(eq(dossierTransfers.dossierId, dossierId))
}

/** The next dossier number of a year: AQ-<year>-<6 digits> from the shared sequence. */
export async function nextDossierNumber(db: Db, year: string): Promise<string> {
  const [row] = await queryRows<{ n: string | number }>(db, sql`select nextval('people.dossier_number_seq') as n`)
  return `AQ-${year}-${String(row!.n).padStart(6, '0')}`
}

export async function insertDossier(db: Db, values: DossierValues): Promise<DossierRow> {
  const [row] = await db.insert(dossiers).values(values).returning()
  return row!
}

export async function updateDossierRow(db: Db, id: string, values: Partial<DossierValues>): Promise<DossierRow> {
  const [row] = await db.update(dossiers).set(values).where(eq(dossiers.id, id)).returning()
  return row!
}

export async function insertDossierEvent(db: Db, values: DossierEventValues): Promise<void> {
  await db.insert(dossierEvents).values(values)
}

export async function insertDossierTransfer(db: Db, values: Omit<typeof dossierTransfers.$inferInsert, 'id'>) {
  await db.insert(dossierTransfers).values(values)
}

function filterConditions(scope: Scope, f: DossierListQuery): (SQL | undefined)[] {
  return [
    readableDossierSql(scope),
    f.status ? eq(dossiers.status, f.status) : undefined,
    f.agent ? eq(dossiers.agentId, f.agent) : undefined,
    f.servicePoint ? eq(dossiers.servicePointId, f.servicePoint) : undefined,
    f.channel ? eq(dossiers.intakeChannel, f.channel) : undefined,
    f.person ? eq(dossiers.personId, f.person) : undefined,
    f.volet
      ? sql`exists (select 1 from people.dossier_needs dn join people.need_catalogue nc on nc.code = dn.need_code
          where dn.dossier_id = ${dossiers.id} and nc.volet = ${f.volet})`
      : undefined,
    f.after ? afterCursor(f.after) : undefined,
  ]
}

/** Rows after a position, newest first: (created_at, id) below the cursor's. */
function afterCursor(c: DossierCursor): SQL | undefined {
  const at = sql`${c.createdAt}::timestamptz`
  return or(sql`${dossiers.createdAt} < ${at}`, and(sql`${dossiers.createdAt} = ${at}`, lt(dossiers.id, c.id)))
}

/** A page of the dossiers the caller may read, newest first, with the person's name (the territory names the rest). */
export function listDossierRows(db: Db, scope: Scope, filter: DossierListQuery, limit: number) {
  return db
    .select({
      id: dossiers.id,
      number: dossiers.number,
      personId: dossiers.personId,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      status: dossiers.status,
      intakeChannel: dossiers.intakeChannel,
      regionCode: dossiers.regionCode,
      servicePointId: dossiers.servicePointId,
      agentId: dossiers.agentId,
      openedOn: dossiers.openedOn,
      firstMeetingDueOn: dossiers.firstMeetingDueOn,
      firstMeetingOn: dossiers.firstMeetingOn,
      createdAt: sql<string>`to_char(${dossiers.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(dossiers)
    .innerJoin(persons, eq(persons.id, dossiers.personId))
    .where(and(...filterConditions(scope, filter)))
    .orderBy(desc(dossiers.createdAt), desc(dossiers.id))
    .limit(limit)
}
export type DossierListRow = Awaited<ReturnType<typeof listDossierRows>>[number]

/** What the dossier page names besides the dossier's own fields: the person, the service point, agent and region. */
export type DossierNames = {
  personName: string
  servicePointName: string
  agentName: string | null
  regionNameFr: string
  regionNameEn: string
}

/** The name of a dossier's person (the territory module names its service point, agent and region). */
export async function findPersonName(db: Db, personId: string): Promise<string> {
  const [row] = await db
    .select({ name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}` })
    .from(persons)
    .where(eq(persons.id, personId))
  return row!.name
}
