import { type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { readablePersonSql } from '../access.js'
import { DUPLICATE_SIMILARITY, type PersonValues } from './person.queries.js'
import { persons } from './person.schema.js'

// The set-based queries of a bulk import of persons (`createPersons`): the same tests as `findDuplicateCandidates`,
// for thousands of rows per statement. Rows travel as one JSON parameter (the same on both database backends).

/** A new person to check: its position in the import, its name and date of birth. */
export type NewName = { i: number; givenName: string; familyName: string; birthDate: string }

/** A person alike a new one (`i`): who, how alike (the score `findDuplicateCandidates` orders by), readable or not. */
export type AlikeRow = {
  i: number
  id: string
  givenName: string
  familyName: string
  birthDate: string
  regionCode: string
  readable: boolean
  score: number
}

const recordset = (rows: readonly NewName[]): SQL =>
  sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(i int, "givenName" text, "familyName" text, "birthDate" date)`

/** For each new person, the 20 recorded persons `findDuplicateCandidates` would return (most alike first). */
export function findDuplicateCandidatesMany(db: Db, scope: Scope, rows: readonly NewName[]): Promise<AlikeRow[]> {
  const asTyped = sql`people.fold(r."givenName" || ' ' || r."familyName")`
  const swapped = sql`people.fold(r."familyName" || ' ' || r."givenName")`
  const score = sql`greatest(similarity(${persons.nameFolded}, ${asTyped}), similarity(${persons.nameFolded}, ${swapped}))`
  return queryRows<AlikeRow>(
    db,
    sql`select r.i, c.* from ${recordset(rows)} cross join lateral (
      select ${persons.id} as id, ${persons.givenName} as "givenName", ${persons.familyName} as "familyName",
        ${persons.birthDate}::text as "birthDate", ${persons.regionCode} as "regionCode",
        ${readablePersonSql(scope)} as readable, ${score}::float8 as score
      from ${persons}
      where ${persons.birthDate} = r."birthDate" and ${score} >= ${DUPLICATE_SIMILARITY}
      order by ${score} desc, ${persons.id} limit 20) c`,
  )
}

/** Pairs of new persons born the same day whose names are alike (the later one's, as typed or swapped). */
export function findAlikePairs(db: Db, rows: readonly NewName[]) {
  return queryRows<{ earlier: number; later: number; score: number }>(
    db,
    sql`with n as materialized (
      select r.i, r."birthDate" as born, people.fold(r."givenName" || ' ' || r."familyName") as typed,
        people.fold(r."familyName" || ' ' || r."givenName") as swapped from ${recordset(rows)})
    select a.i as earlier, b.i as later, greatest(similarity(a.typed, b.typed), similarity(a.typed, b.swapped))::float8 as score
    from n a join n b on a.born = b.born and a.i < b.i
    where greatest(similarity(a.typed, b.typed), similarity(a.typed, b.swapped)) >= ${DUPLICATE_SIMILARITY}`,
  )
}

/** Persons per INSERT (25 parameters each, under PostgreSQL's 65 535). */
const INSERT_BATCH = 2000

/** Inserts the persons in their order, a multi-row INSERT per batch. */
export async function insertPersons(db: Db, rows: readonly (PersonValues & { id: string; createdAt: Date })[]) {
  for (let at = 0; at < rows.length; at += INSERT_BATCH) {
    await db.insert(persons).values(rows.slice(at, at + INSERT_BATCH))
  }
}
