import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { referrals } from './referral.schema.js'

/** An organization's referral response time: referrals answered, still unanswered, median civil days to answer. */
export type ReferralResponseTime = { answered: number; unanswered: number; medianDays: number | null }

const civil = (column: typeof referrals.sentAt | typeof referrals.answeredAt) =>
  sql`(${column} at time zone 'America/Toronto')::date`

/**
 * How quickly an organization answers the referrals sent to it between two civil dates (Québec), both included: the
 * median of the days from sending to the first answer (accepted or declined), and how many still await an answer.
 * Shown on the agreements that fund the organization's referral work (handed to the partners module by the root).
 */
export async function referralResponseTime(
  db: Db,
  organizationId: string,
  from: string,
  to: string,
): Promise<ReferralResponseTime> {
  const days = sql`${civil(referrals.answeredAt)} - ${civil(referrals.sentAt)}`
  const [row] = await db
    .select({
      answered: sql<number>`count(*) filter (where ${referrals.answeredAt} is not null)::int`.mapWith(Number),
      unanswered: sql<number>`count(*) filter (where ${referrals.answeredAt} is null)::int`.mapWith(Number),
      median: sql<
        string | null
      >`percentile_cont(0.5) within group (order by ${days}) filter (where ${referrals.answeredAt} is not null)`,
    })
    .from(referrals)
    .where(and(eq(referrals.organizationId, organizationId), sql`${civil(referrals.sentAt)} between ${from} and ${to}`))
  return {
    answered: row?.answered ?? 0,
    unanswered: row?.unanswered ?? 0,
    medianDays: row?.median === null || row?.median === undefined ? null : Number(row.median),
  }
}
