import { type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { regionCoveredSql } from '../../people/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'

/** The advisor's kinds of work, in the page's order. */
export const employerWorkKinds = ['follow_up', 'need_without_proposal', 'proposal_waiting', 'request'] as const
export type EmployerWorkKind = (typeof employerWorkKinds)[number]

/** How many items of each kind the page lists (the counts are always complete). */
export const ITEMS_PER_KIND = 50
/** Follow-ups show this many days ahead of their date. */
export const FOLLOW_UP_HORIZON_DAYS = 7

export type EmployerWorkRow = {
  kind: EmployerWorkKind
  id: string
  /** The record the item links to (the enterprise of a follow-up, else the item itself). */
  linkId: string
  title: string
  enterprise: string | null
  on: string
  detail: string | null
  mine: boolean
  overdue: boolean
  total: number
  overdue_total: number
}

const civil = (column: SQL) => sql`to_char((${column} at time zone 'America/Toronto')::date, 'YYYY-MM-DD')`
const day = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD')`

/**
 * Every branch of the queue, in the caller's regions: follow-ups of advisor services due within the horizon and not
 * done; open needs (open or partially filled) without any proposal; proposals waiting for the enterprise's answer
 * (proposed or interview); new employer requests. `mine` is the caller's own item (the service's advisor, the need's
 * author, the proposal's author); a request belongs to nobody until it is handled.
 */
function branchesSql(scope: Scope, me: string | null, today: string, withRequests: boolean): SQL {
  const inRegion = (column: SQL) => regionCoveredSql(scope, column)
  const isMe = (column: SQL) => (me ? sql`coalesce(${column} = ${me}::uuid, false)` : sql`false`)
  return sql`
    select 'follow_up' as kind, s.id, e.id as link_id, e.legal_name as title, null::text as enterprise, ${day(sql`s.follow_up_on`)} as on_day,
        s.kind as detail, ${isMe(sql`s.advisor_id`)} as mine, s.follow_up_on < ${today}::date as overdue
      from employers.advisor_services s join employers.enterprises e on e.id = s.enterprise_id
      where s.follow_up_done_at is null and s.follow_up_on <= ${today}::date + ${FOLLOW_UP_HORIZON_DAYS}::int
        and ${inRegion(sql`e.region_code`)}
    union all
    select 'need_without_proposal', n.id, n.id, n.title, e.legal_name, ${civil(sql`n.created_at`)}, n.cnp_code,
        ${isMe(sql`n.created_by`)}, false
      from employers.labour_needs n join employers.enterprises e on e.id = n.enterprise_id
      where n.status in ('open', 'partially_filled') and ${inRegion(sql`n.region_code`)}
        and not exists (select 1 from employers.proposals p where p.labour_need_id = n.id)
    union all
    select 'proposal_waiting', p.id, p.id, n.title, e.legal_name, ${day(sql`p.proposed_on`)}, p.status,
        ${isMe(sql`p.proposed_by`)}, false
      from employers.proposals p join employers.labour_needs n on n.id = p.labour_need_id
        join employers.enterprises e on e.id = n.enterprise_id
      where p.status in ('proposed', 'interview') and ${inRegion(sql`n.region_code`)}
    union all
    select 'request', r.id, r.id, r.enterprise_name, null, ${civil(sql`r.received_at`)}, r.city, false, false
      from employers.employer_requests r
      where ${withRequests} and r.status = 'new' and ${inRegion(sql`r.region_code`)}`
}

/**
 * The advisor's queue in one query: each kind's first items (the caller's own first when `mineOnly` is false, then
 * the oldest date first) with the kind's total and overdue counts. `mineOnly` keeps the caller's own items and the
 * requests nobody holds yet; `withRequests` is false for callers who do not handle employer requests.
 */
export function listEmployerWorkRows(
  db: Db,
  scope: Scope,
  me: string | null,
  today: string,
  options: { mineOnly: boolean; withRequests: boolean },
): Promise<EmployerWorkRow[]> {
  const keep = options.mineOnly ? sql`mine or kind = 'request'` : sql`true`
  return queryRows<EmployerWorkRow>(
    db,
    sql`with items as (select * from (${branchesSql(scope, me, today, options.withRequests)}) b where ${keep}),
      ranked as (
        select items.*, row_number() over (partition by kind order by mine desc, on_day, id) as rank,
          count(*) over (partition by kind)::int as total,
          count(*) filter (where overdue) over (partition by kind)::int as overdue_total
        from items)
      select kind, id, link_id as "linkId", title, enterprise, on_day as "on", detail, mine, overdue, total, overdue_total
      from ranked where rank <= ${ITEMS_PER_KIND} order by kind, rank`,
  )
}
