import { inArray } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
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
