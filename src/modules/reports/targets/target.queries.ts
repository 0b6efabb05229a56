import { and, eq, inArray, type SQL, sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { type TargetIndicator, targets } from './target.schema.js'

export type TargetRow = { regionCode: string; indicator: TargetIndicator; target: number }

/** The targets set for some regions in one fiscal year. */
export async function findTargetRows(db: Db, regionCodes: readonly string[], fiscalYear: number): Promise<TargetRow[]> {
  if (regionCodes.length === 0) return []
  return db
    .select({ regionCode: targets.regionCode, indicator: targets.indicator, target: targets.target })
    .from(targets)
    .where(and(inArray(targets.regionCode, [...regionCodes]), eq(targets.fiscalYear, fiscalYear)))
}

/** Sets one indicator's target of a region and year (insert or replace). */
export async function upsertTarget(
  db: Db,
  row: TargetRow & { fiscalYear: number; updatedAt: Date; updatedBy: string | null },
): Promise<void> {
  await db
    .insert(targets)
    .values(row)
    .onConflictDoUpdate({
      target: [targets.regionCode, targets.fiscalYear, targets.indicator],
      set: { target: row.target, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    })
}

/** Removes one indicator's target of a region and year (nothing when there is none). */
export async function deleteTarget(
  db: Db,
  regionCode: string,
  fiscalYear: number,
  indicator: TargetIndicator,
): Promise<void> {
  await db
    .delete(targets)
    .where(
      and(eq(targets.regionCode, regionCode), eq(targets.fiscalYear, fiscalYear), eq(targets.indicator, indicator)),
    )
}

/** The two shares' numerators and denominators of one region. */
export type ShareCounts = {
  regionCode: string
  dossiersCounted: number
  firstMeetingsOnTime: number
  referralsClosed: number
  referralsWithOutcome: number
}

/** The period counted, and today (a dossier whose first meeting is not yet due is not counted yet). */
export type SharePeriod = { from: string; to: string; today: string }

const inRegions = (column: SQL, codes: readonly string[]) =>
  sql`${column} in (${sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  )})`

/** A dossier is counted once its first meeting happened or its due date passed (it may still happen until then). */
function dossiersOf(codes: readonly string[], p: SharePeriod): SQL {
  return sql`select d.region_code,
      count(*) as dossiers_counted,
      count(*) filter (where d.first_meeting_on <= d.first_meeting_due_on) as on_time
    from people.dossiers d
    where ${inRegions(sql`d.region_code`, codes)} and d.opened_on between ${p.from}::date and ${p.to}::date
      and (d.first_meeting_on is not null or d.first_meeting_due_on < ${p.today}::date)
    group by d.region_code`
}

/** Closed loops only; a re-routed referral lives on as the new referral it was sent as. */
function referralsOf(codes: readonly string[], p: SharePeriod): SQL {
  return sql`select r.region_code,
      count(*) as closed,
      count(*) filter (where r.status in ('completed', 'not_completed') and nullif(btrim(r.outcome), '') is not null)
        as with_outcome
    from people.referrals r
    where ${inRegions(sql`r.region_code`, codes)}
      and (r.sent_at at time zone 'America/Toronto')::date between ${p.from}::date and ${p.to}::date
      and r.status in ('completed', 'not_completed', 'declined', 'expired', 'cancelled')
    group by r.region_code`
}

/** Both shares' counts for each region asked, in one query (regions with nothing are left out). */
export async function findShareCounts(db: Db, codes: readonly string[], p: SharePeriod): Promise<ShareCounts[]> {
  if (codes.length === 0) return []
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`with d as (${dossiersOf(codes, p)}), r as (${referralsOf(codes, p)})
      select coalesce(d.region_code, r.region_code) as region_code, d.dossiers_counted, d.on_time, r.closed,
        r.with_outcome
      from d full join r on r.region_code = d.region_code`,
  )
  return rows.map((r) => ({
    regionCode: String(r.region_code),
    dossiersCounted: Number(r.dossiers_counted ?? 0),
    firstMeetingsOnTime: Number(r.on_time ?? 0),
    referralsClosed: Number(r.closed ?? 0),
    referralsWithOutcome: Number(r.with_outcome ?? 0),
  }))
}
