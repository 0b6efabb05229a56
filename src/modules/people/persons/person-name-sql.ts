import { type SQL, sql } from 'drizzle-orm'
import { persons } from './person.schema.js'

/**
 * SQL expression: the name ("given family") of the person whose id is `personId` (a column of the caller's query),
 * for another module's list that shows and searches names in one query (employers' candidate profiles). No access
 * check: the caller's query decides which rows it shows.
 */
export function personNameSql(personId: SQL): SQL<string> {
  return sql<string>`(select ${persons.givenName} || ' ' || ${persons.familyName} from ${persons} where ${persons.id} = ${personId})`
}
