import { and, eq, ne, type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { readableDossierSql, readablePersonSql } from '../access.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { persons } from './person.schema.js'

export type PersonRow = typeof persons.$inferSelect
export type PersonValues = Omit<typeof persons.$inferInsert, 'id' | 'nameFolded' | 'createdAt'>

/**
 * How alike two folded names must be (pg_trgm similarity, 0–1) for the same date of birth to flag a duplicate: one
 * typo ("tremblai") scores about 0.8, while twins "Jean Tremblay" and "Marie Tremblay" score 0.45 and are not flagged.
 */
export const DUPLICATE_SIMILARITY = 0.5

const summaryColumns = {
  id: persons.id,
  givenName: persons.givenName,
  familyName: persons.familyName,
  birthDate: persons.birthDate,
  regionCode: persons.regionCode,
}

/** A person the caller may read (see `readablePersonSql`), or undefined. */
export async function findReadablePerson(db: Db, scope: Scope, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), readablePersonSql(scope)))
  return row
}

/**
 * Persons born the same day whose folded name looks like the new one, given and family names in either order
 * ("Tremblay Mélanie"); each says whether the caller may read it. `exceptId`: the person being edited.
 */
export function findDuplicateCandidates(
  db: Db,
  scope: Scope,
  person: { givenName: string; familyName: string; birthDate: string },
  exceptId?: string,
) {
  const asTyped = sql`people.fold(${`${person.givenName} ${person.familyName}`})`
  const swapped = sql`people.fold(${`${person.familyName} ${person.givenName}`})`
  const score = sql`greatest(similarity(${persons.nameFolded}, ${asTyped}), similarity(${persons.nameFolded}, ${swapped}))`
  return db
    .select({ ...summaryColumns, readable: sql<boolean>`${readablePersonSql(scope)}` })
    .from(persons)
    .where(
      and(
        eq(persons.birthDate, person.birthDate),
        sql`${score} >= ${DUPLICATE_SIMILARITY}`,
        exceptId ? ne(persons.id, exceptId) : undefined,
      ),
    )
    .orderBy(sql`${score} desc`, persons.id)
    .limit(20)
}

export type PersonSearch =
  | { kind: 'name'; text: string; birthDate?: string }
  | { kind: 'dossier'; number: string }
  | { kind: 'list'; birthDate?: string; after?: [familyName: string, givenName: string, id: string] }

/** The words of a typed name (two letters or more: "Li", "Lê", "Wu" are names); accents are folded again in SQL. */
function nameWords(text: string): string[] {
  return text.split(/[-'’.,\s]+/).filter((w) => w.length >= 2)
}

/**
 * A name typed with accents, typos or the names swapped: each word typed must be like a word of the name (`<%`, word
 * similarity), which the trigram index answers as one selective AND (at 250k persons, an OR over the whole name
 * rechecked thousands of rows per search); the whole-name similarity then ranks. No word of two letters: the whole
 * name's similarity.
 */
function nameMatches(text: string): { where: SQL; score: SQL } {
  const folded = sql`people.fold(${text})`
  const words = nameWords(text)
  const where =
    words.length > 0
      ? sql.join(
          words.map((w) => sql`people.fold(${w}) <% ${persons.nameFolded}`),
          sql` and `,
        )
      : sql`${persons.nameFolded} % ${folded}`
  return {
    where: sql`(${where})`,
    score: sql`greatest(similarity(${persons.nameFolded}, ${folded}), word_similarity(${folded}, ${persons.nameFolded}))`,
  }
}

/** The rows a search keeps, in any order (an export of the search): name words, dossier number or date of birth. */
export function personSearchWhere(search: PersonSearch): SQL | undefined {
  const born = search.kind !== 'dossier' && search.birthDate ? eq(persons.birthDate, search.birthDate) : undefined
  if (search.kind === 'name') return and(nameMatches(search.text).where, born)
  if (search.kind === 'dossier')
    return sql`exists (select 1 from ${dossiers} where ${dossiers.personId} = ${persons.id} and ${dossiers.number} = ${search.number})`
  return born
}

const familyOrder = sql`${persons.familyName} collate fr_icu`
const givenOrder = sql`${persons.givenName} collate fr_icu`

/** One page of persons the caller may read: by name (most alike first), by dossier number, or the list (keyset). */
export function searchPersonRows(db: Db, scope: Scope, search: PersonSearch, limit: number) {
  const query = db.select(summaryColumns).from(persons)
  const readable = readablePersonSql(scope)
  if (search.kind === 'name') {
    const { where, score } = nameMatches(search.text)
    const born = search.birthDate ? eq(persons.birthDate, search.birthDate) : undefined
    return query
      .where(and(where, born, readable))
      .orderBy(sql`${score} desc`, familyOrder, givenOrder, persons.id)
      .limit(limit)
  }
  if (search.kind === 'dossier') return query.where(and(personSearchWhere(search), readable)).limit(limit)
  const at = search.after
  const after = at ? sql`(${familyOrder}, ${givenOrder}, ${persons.id}) > (${at[0]}, ${at[1]}, ${at[2]})` : undefined
  const born = search.birthDate ? eq(persons.birthDate, search.birthDate) : undefined
  return query
    .where(and(born, after, readable))
    .orderBy(familyOrder, givenOrder, persons.id)
    .limit(limit)
}

/** The other members of a household whom the caller may read, in name order. */
export function listHouseholdMembers(db: Db, scope: Scope, householdId: string, exceptId: string) {
  return db
    .select({ ...summaryColumns, householdRelation: persons.householdRelation })
    .from(persons)
    .where(and(eq(persons.householdId, householdId), ne(persons.id, exceptId), readablePersonSql(scope)))
    .orderBy(familyOrder, givenOrder, persons.id)
}

/** A person's dossiers that the caller may read, the newest first. */
export function listPersonDossiers(db: Db, scope: Scope, personId: string) {
  return db
    .select({
      id: dossiers.id,
      number: dossiers.number,
      status: dossiers.status,
      regionCode: dossiers.regionCode,
      openedOn: dossiers.openedOn,
    })
    .from(dossiers)
    .where(and(eq(dossiers.personId, personId), readableDossierSql(scope)))
    .orderBy(sql`${dossiers.openedOn} desc`, dossiers.id)
}

export async function insertPerson(db: Db, values: PersonValues & { createdAt: Date }): Promise<PersonRow> {
  const [row] = await db.insert(persons).values(values).returning()
  return row!
}

export async function updatePersonRow(db: Db, id: string, values: Partial<PersonValues>): Promise<PersonRow> {
  const [row] = await db.update(persons).set(values).where(eq(persons.id, id)).returning()
  return row!
}
