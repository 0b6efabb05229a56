import { sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { queryRows } from '../../../platform/db/database.js'

/** Where a timeline entry comes from. */
export type TimelineSource = 'dossier' | 'transfer' | 'intervention' | 'need' | 'step' | 'referral'

/**
 * One thing that happened in a dossier. `at` orders the timeline; entries known only by their date (a need assessed, a
 * step done) sit at the end of that day in Québec and say so (`dateOnly`). `a`–`d` carry the few words each kind
 * shows (statuses, names in both languages), `organizationId` the organization a referral was sent to. A transfer's `a`
 * and `c` are the region codes it left and reached (dossier-view.service names them). A referral event whose status
 * did not change is a comment (`commentReferral`); its `d` is the account that wrote it (dossier-view.service turns it
 * into 'organization' or 'staff' from the account's role).
 */
export type TimelineRow = {
  source: TimelineSource
  kind: string
  at: Date
  dateOnly: boolean
  a: string | null
  b: string | null
  c: string | null
  d: string | null
  detail: string | null
  organizationId: string | null
}

// Known only by its date, it happened some time that day: placed at the day's last millisecond in Québec, after what
// is timed on that day (the dossier opened, the step added).
const dayEnd = (column: string) =>
  sql.raw(`((${column} + 1)::timestamp at time zone 'America/Toronto' - interval '1 millisecond')`)

/** The most entries a timeline shows; a dossier followed for years stays readable and bounded. */
export const TIMELINE_LIMIT = 1000

/**
 * Everything that happened in a dossier, in date order, in one query: its lifecycle events, transfers, interventions,
 * needs assessed, plan steps created and done, and referral events. (The 'transferred' lifecycle event is shown by its
 * transfer row, which names both regions.)
 */
export async function listTimelineRows(db: Db, dossierId: string): Promise<TimelineRow[]> {
  const rows = await queryRows<TimelineRow>(
    db,
    sql`select * from (
      select 'dossier' as source, e.kind as kind, e.at as at, false as "dateOnly", e.from_status as a, e.to_status as b,
             null as c, null as d, e.note as detail, null::uuid as "organizationId"
        from people.dossier_events e where e.dossier_id = ${dossierId} and e.kind <> 'transferred'
      union all
      select 'transfer', 'transferred', t.transferred_at, false, t.from_region_code, null, t.to_region_code, null, t.reason,
             null
        from people.dossier_transfers t where t.dossier_id = ${dossierId}
      union all
      select 'intervention', i.mode, i.occurred_at, false, i.duration_minutes::text, null, null, null, i.summary, null
        from people.interventions i where i.dossier_id = ${dossierId}
      union all
      select 'need', 'assessed', ${dayEnd('n.assessed_on')}, true, c.label_fr, c.label_en, n.priority, null, null, null
        from people.dossier_needs n join people.need_catalogue c on c.code = n.need_code
        where n.dossier_id = ${dossierId}
      union all
      select 'step', 'created', s.created_at, false, null, null, null, null, s.action, null
        from people.plan_steps s where s.dossier_id = ${dossierId}
      union all
      select 'step', 'done', ${dayEnd('s.done_on')}, true, null, null, null, null, s.action, null
        from people.plan_steps s where s.dossier_id = ${dossierId} and s.done_on is not null
      union all
      select 'referral', re.to_status, re.at, false, re.from_status, re.to_status, r.service_wanted,
             case when re.from_status = re.to_status then re.by::text end,
             re.comment, r.organization_id
        from people.referral_events re join people.referrals r on r.id = re.referral_id
        where r.dossier_id = ${dossierId}
    ) timeline
    order by at, source
    limit ${TIMELINE_LIMIT}`,
  )
  return rows.map((r) => ({ ...r, at: new Date(r.at) }))
}
