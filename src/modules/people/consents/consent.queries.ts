import { and, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { readablePersonSql } from '../access.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { persons } from '../persons/person.schema.js'
import type { ConsentPurpose } from './consent.contracts.js'
import { consents, consentTexts } from './consent.schema.js'

export type ConsentRow = typeof consents.$inferSelect
export type ConsentTextRow = typeof consentTexts.$inferSelect
/** A consent with its text's version (who recorded and withdrew it are accounts, named by the access module). */
export type ConsentHistoryRow = ConsentRow & { textVersion: number }

/** A consent counts on `today` when it was given by then, is not withdrawn and has not expired (expiry day included). */
export function activeOnSql(today: string): SQL {
  return and(
    isNull(consents.withdrawnAt),
    lte(consents.givenOn, today),
    or(isNull(consents.expiresOn), gte(consents.expiresOn, today)),
  )!
}

/**
 * SQL condition: the person whose id is `personId` (a column of the caller's query) has a consent to `purpose` that
 * counts on `today` (see `activeOnSql`), and the person's file is not anonymized (Loi 25 retention: an anonymized
 * person is no one to share or match). Another module's lists and matching ask it (job matching), in one query.
 */
export function hasActiveConsentSql(personId: SQL, purpose: ConsentPurpose, today: string): SQL {
  return sql`(exists (select 1 from ${consents} where ${consents.personId} = ${personId}
    and ${consents.purpose} = ${purpose} and ${activeOnSql(today)})
    and not exists (select 1 from ${persons} where ${persons.id} = ${personId} and ${persons.anonymizedAt} is not null))`
}

/** A person who consented to a purpose, as another module's chooser shows them (employers' candidate profiles). */
export type ConsentingPerson = { id: string; givenName: string; familyName: string; regionCode: string }

/**
 * The persons the caller's scope reaches (`readablePersonSql`) whose consent to `purpose` counts on `today`, by name
 * (`q`: words, accents and case folded), in name order, at most `limit`. The consent is the reason they may be listed
 * to staff who do not accompany them (an advisor choosing a person for a candidate profile). Anonymized files are left
 * out.
 */
export function listPersonsConsentingTo(
  db: Db,
  scope: Scope,
  filter: { purpose: ConsentPurpose; today: string; q?: string; limit: number },
): Promise<ConsentingPerson[]> {
  const words = (filter.q ?? '').trim().split(/\s+/).filter(Boolean)
  const byName = words.map((w) => sql`${persons.nameFolded} like '%' || people.fold(${w}) || '%'`)
  return db
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      regionCode: persons.regionCode,
    })
    .from(persons)
    .where(
      and(
        readablePersonSql(scope),
        isNull(persons.anonymizedAt),
        hasActiveConsentSql(sql`${persons.id}`, filter.purpose, filter.today),
        ...byName,
      ),
    )
    .orderBy(persons.familyName, persons.givenName, persons.id)
    .limit(filter.limit)
}

/** A person the caller may read (see `readablePersonSql`), with where their dossiers are now; undefined otherwise. */
export async function findReadablePerson(db: Db, scope: Scope, personId: string) {
  if (!isUuid(personId)) return undefined
  const [row] = await db
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      regionCode: persons.regionCode,
      dossierLocations: sql<{ regionCode: string; servicePointId: string }[]>`coalesce((
        select json_agg(json_build_object('regionCode', d.region_code, 'servicePointId', d.service_point_id))
        from ${dossiers} d where d.person_id = ${persons.id}), '[]'::json)`,
    })
    .from(persons)
    .where(and(eq(persons.id, personId), readablePersonSql(scope)))
  return row
}

/** The text of each purpose in force on a date (its latest version valid from then). */
export async function listTextsInForce(db: Db, today: string): Promise<ConsentTextRow[]> {
  const rows = await db
    .selectDistinctOn([consentTexts.purpose])
    .from(consentTexts)
    .where(lte(consentTexts.validFrom, today))
    .orderBy(consentTexts.purpose, desc(consentTexts.version))
  return rows
}

/** The text of one purpose in force on a date. */
export async function findTextInForce(db: Db, purpose: ConsentPurpose, today: string) {
  const [row] = await db
    .select()
    .from(consentTexts)
    .where(and(eq(consentTexts.purpose, purpose), lte(consentTexts.validFrom, today)))
    .orderBy(desc(consentTexts.version))
    .limit(1)
  return row
}

/** Every consent of a person, newest first, with its text's version. */
export function listConsentHistory(db: Db, personId: string): Promise<ConsentHistoryRow[]> {
  return db
    .select({ ...getColumns(), textVersion: consentTexts.version })
    .from(consents)
    .innerJoin(consentTexts, eq(consentTexts.id, consents.textId))
    .where(eq(consents.personId, personId))
    .orderBy(desc(consents.recordedAt))
}

function getColumns() {
  const { id, personId, purpose, textId, givenOn, expiresOn, recordedBy, recordedAt, withdrawnAt, withdrawnBy } =
    consents
  return { id, personId, purpose, textId, givenOn, expiresOn, recordedBy, recordedAt, withdrawnAt, withdrawnBy }
}

export async function findConsentRow(db: Db, id: string): Promise<ConsentRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(consents).where(eq(consents.id, id))
  return row
}

export async function insertConsent(db: Db, values: typeof consents.$inferInsert): Promise<ConsentRow> {
  const [row] = await db.insert(consents).values(values).returning()
  return row!
}

/** Marks a consent withdrawn unless it already is (the row that was changed, or undefined). */
export async function markWithdrawn(db: Db, id: string, at: Date, by: string | null) {
  const [row] = await db
    .update(consents)
    .set({ withdrawnAt: at, withdrawnBy: by })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
    .returning()
  return row
}

/** The consents of some persons that count on a date, newest first (one query for a list of referrals). */
export function listActiveConsentRows(db: Db, personIds: readonly string[], today: string): Promise<ConsentRow[]> {
  if (personIds.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(consents)
    .where(and(inArray(consents.personId, [...personIds]), activeOnSql(today)))
    .orderBy(desc(consents.recordedAt))
}
