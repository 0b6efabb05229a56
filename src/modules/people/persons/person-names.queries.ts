import { inArray, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { readablePersonSql } from '../access.js'
import { persons } from './person.schema.js'

/**
 * The names ("given family") of some persons by id, in one query. No access check: the caller decides who it may name
 * (employers names only the candidates whose profile it may see).
 */
export async function findPersonNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db
    .select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName })
    .from(persons)
    .where(inArray(persons.id, unique))
  return new Map(rows.map((r) => [r.id, `${r.givenName} ${r.familyName}`]))
}

/** One page of the readable persons among some ids, and how many of those ids the caller may read in all. */
export type ReadablePersons = { total: number; persons: { id: string; name: string }[] }

/**
 * Among `ids`, the persons the caller's scope may read (`readablePersonSql`), ordered by family then given name (French
 * collation) and id, `limit` of them from `offset`, with their total: one query, the ids passed as one array parameter
 * (tens of thousands of ids stay one bind value).
 */
export async function listReadablePersons(
  db: Db,
  scope: Scope,
  ids: readonly string[],
  page: { limit: number; offset: number },
): Promise<ReadablePersons> {
  if (ids.length === 0) return { total: 0, persons: [] }
  const asked = `{${[...new Set(ids)].join(',')}}`
  const rows = await queryRows<{ total: number | string; id: string | null; name: string | null }>(
    db,
    sql`with readable as (
          select ${persons.id} as id, ${persons.givenName} as given, ${persons.familyName} as family from ${persons}
          where ${persons.id} = any(${asked}::uuid[]) and ${readablePersonSql(scope)})
        select t.total, p.id, p.name
        from (select count(*) as total from readable) t
        left join (select id, given || ' ' || family as name from readable
                   order by family collate fr_icu, given collate fr_icu, id
                   limit ${page.limit} offset ${page.offset}) p on true`,
  )
  return {
    total: Number(rows[0]?.total ?? 0),
    persons: rows.flatMap((r) => (r.id && r.name !== null ? [{ id: r.id, name: r.name }] : [])),
  }
}
