import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { queryRows } from '../../../platform/db/database.js'

// Counting rule of the Bilan (DESIGN.md, README "Counting rules"): a person is *accompagnée* in a period when one of
// their dossiers had at least one intervention dated in it (its civil date in Québec, bounds included), counted in the
// region of the service point the intervention was given from. A person counts once however many interventions or
// dossiers they have. The dossiers are found first (a semi-join on the interventions of the region and period), then
// their persons counted: at Québec scale this halves the time of joining every intervention to its dossier.

/** The period and regions counted ('all': every region). Dates are civil dates, YYYY-MM-DD, both included. */
export type AccompaniedQuery = { regionCodes: 'all' | readonly string[]; from: string; to: string }

function conditions(q: AccompaniedQuery): SQL {
  const period = sql`i.occurred_on between ${q.from}::date and ${q.to}::date`
  if (q.regionCodes === 'all') return period
  if (q.regionCodes.length === 0) return sql`false`
  return sql`${period} and i.region_code in (${sql.join(
    q.regionCodes.map((c) => sql`${c}`),
    sql`, `,
  )})`
}

/** How many persons were accompanied in the period and regions (see the rule above). */
export async function countPersonsAccompanied(db: Db, q: AccompaniedQuery): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(distinct d.person_id) as n
        from people.dossiers d
        where d.id in (select i.dossier_id from people.interventions i where ${conditions(q)})`,
  )
  return Number(row?.n ?? 0)
}

/** The ids of the persons accompanied in the period and regions (drill-down of the count), in id order. */
export async function listPersonsAccompanied(db: Db, q: AccompaniedQuery): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct d.person_id as id
        from people.dossiers d
        where d.id in (select i.dossier_id from people.interventions i where ${conditions(q)})
        order by 1`,
  )
  return rows.map((r) => r.id)
}
