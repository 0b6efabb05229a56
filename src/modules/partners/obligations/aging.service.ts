import type { Ctx } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { listOpenDeliverables, listUnpaidInstalments, type OpenObligationRow } from './aging.queries.js'
import { addDays, daysBetween } from '../../../platform/civil-date.js'
import { type AgingBucket, type AgingItem, type AgingOutput, agingBuckets } from './obligation.contracts.js'
import { assertCanRead } from './obligation-access.js'

/** "Due soon" looks this many days ahead (the aging view, the director's home, the reminders). */
export const DUE_SOON_DAYS = 30

/** The aging bucket of a number of days late (null when not late). */
export function bucketOf(daysLate: number): AgingBucket | null {
  if (daysLate <= 0) return null
  if (daysLate <= 30) return '1-30'
  if (daysLate <= 60) return '31-60'
  return daysLate <= 90 ? '61-90' : '90+'
}

function toItem({ total: _, ...row }: OpenObligationRow, today: string): AgingItem {
  const daysLate = Math.max(0, daysBetween(row.dueOn, today))
  return {
    ...row,
    amountCents: row.amountCents === null ? null : Number(row.amountCents),
    daysLate,
    bucket: bucketOf(daysLate),
  }
}

function totals(items: AgingItem[]) {
  return agingBuckets.map((bucket) => {
    const inBucket = items.filter((i) => i.bucket === bucket)
    return { bucket, count: inBucket.length, amountCents: inBucket.reduce((s, i) => s + (i.amountCents ?? 0), 0) }
  })
}

/**
 * The aging of the caller's regions on today's Québec date: overdue deliverables and unpaid instalments with their days
 * late, bucketed with totals, and what falls due within 30 days. Two queries (one per kind of obligation).
 */
export async function getAging(ctx: Ctx): Promise<AgingOutput> {
  assertCanRead(ctx)
  const today = civilDate(ctx.now)
  const until = addDays(today, DUE_SOON_DAYS)
  const regions = ctx.scope.regionCodes
  const [deliverables, instalments] = await Promise.all([
    listOpenDeliverables(ctx.db, regions, { until }),
    listUnpaidInstalments(ctx.db, regions, { until }),
  ])
  const split = (rows: OpenObligationRow[]) => {
    const items = rows.map((r) => toItem(r, today))
    return { late: items.filter((i) => i.dueOn < today), soon: items.filter((i) => i.dueOn >= today) }
  }
  const d = split(deliverables)
  const i = split(instalments)
  return {
    today,
    overdueDeliverables: d.late.sort((a, b) => b.daysLate - a.daysLate),
    unpaidInstalments: i.late.sort((a, b) => b.daysLate - a.daysLate),
    deliverableBuckets: totals(d.late),
    instalmentBuckets: totals(i.late),
    dueSoonDeliverables: d.soon,
    dueSoonInstalments: i.soon,
  }
}

/** Instalments are "to pay" this many days before their planned date (the home, the reminders). */
export const INSTALMENT_NOTICE_DAYS = 7

/** A list's count and its first items. */
export type FirstOf = { total: number; first: AgingItem[] }

/**
 * The director's follow-up on today's Québec date: overdue deliverables, deliverables due within 30 days, instalments
 * to pay (planned within 7 days or overdue); each a count and its first items, one query per list.
 */
export async function getFollowUp(ctx: Ctx, first = 3) {
  assertCanRead(ctx)
  const today = civilDate(ctx.now)
  const regions = ctx.scope.regionCodes
  const of = (rows: OpenObligationRow[]): FirstOf => ({
    total: rows[0]?.total ?? 0,
    first: rows.map((r) => toItem(r, today)),
  })
  const [overdue, dueSoon, toPay] = await Promise.all([
    listOpenDeliverables(ctx.db, regions, { until: addDays(today, -1), limit: first }),
    listOpenDeliverables(ctx.db, regions, { from: today, until: addDays(today, DUE_SOON_DAYS), limit: first }),
    listUnpaidInstalments(ctx.db, regions, { until: addDays(today, INSTALMENT_NOTICE_DAYS), limit: first }),
  ])
  return { today, overdueDeliverables: of(overdue), dueSoonDeliverables: of(dueSoon), instalmentsToPay: of(toPay) }
}
