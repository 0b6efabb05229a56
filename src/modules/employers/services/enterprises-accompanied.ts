import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { queryRows } from '../../../platform/db/database.js'

// Counting rule of the Bilan (issue 8 item 10, README "Domain rules the Bilan counts"): an enterprise is *accompagnée*
// in a period when it received at least one advisor service dated in it (the service's civil date, bounds included),
// counted in the enterprise's region. An enterprise counts once however many services it received.

/** The period and regions counted ('all': every region). Dates are civil dates, YYYY-MM-DD, both included. */
export type EnterprisesAccompaniedQuery = { regionCodes: 'all' | readonly string[]; from: string; to: string }

function conditions(q: EnterprisesAccompaniedQuery): SQL {
  const period = sql`s.served_on between ${q.from}::date and ${q.to}::date`
  if (q.regionCodes === 'all') return period
  if (q.regionCodes.length === 0) return sql`false`
  return sql`${period} and e.region_code in (${sql.join(
    q.regionCodes.map((c) => sql`${c}`),
    sql`, `,
  )})`
}

/** How many enterprises were accompanied in the period and regions (see the rule above). */
export async function countEnterprisesAccompanied(
  db: Db,
  regionCodes: 'all' | readonly string[],
  from: string,
  to: string,
): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(distinct s.enterprise_id) as n
        from employers.advisor_services s join employers.enterprises e on e.id = s.enterprise_id
        where ${conditions({ regionCodes, from, to })}`,
  )
  return Number(row?.n ?? 0)
}

/** The ids of the enterprises accompanied in the period and regions (drill-down of the count), in id order. */
export async function listEnterprisesAccompanied(db: Db, q: EnterprisesAccompaniedQuery): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct s.enterprise_id as id
        from employers.advisor_services s join employers.enterprises e on e.id = s.enterprise_id
        where ${conditions(q)}
        order by 1`,
  )
  return rows.map((r) => r.id)
}
