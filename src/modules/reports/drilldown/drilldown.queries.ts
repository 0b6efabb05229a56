import { sql } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { findPersonNames, findReadablePerson } from '../../people/index.js'

/**
 * The names of some enterprises by id, in one query. The employers module exports no name lookup yet: this reads its
 * table by SQL text (no import of its schema); it belongs in `employers/index.ts` as `findEnterpriseNames`.
 */
export async function findEnterpriseNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, legal_name as name from employers.enterprises
        where id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  )
  return new Map(rows.map((r) => [r.id, r.name]))
}

/**
 * The persons among `ids` (accompanied in regions the caller's scope covers) whose file the caller may read, with
 * their names. A region or directorate scope reads every person accompanied in its regions (their dossier is, or was,
 * there); a service point's staff read only their own point's persons, checked one by one by the people module's rule.
 */
export async function readablePersonNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ctx.scope.servicePointId === null) return findPersonNames(ctx.db, ids)
  const rows = await Promise.all(ids.map((id) => findReadablePerson(ctx.db, ctx.scope, id)))
  const names = new Map<string, string>()
  for (const r of rows) if (r) names.set(r.id, `${r.givenName} ${r.familyName}`)
  return names
}
