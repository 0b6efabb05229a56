import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { organizations } from '../organizations/organization.schema.js'
import { agreementAmounts, agreements } from './agreement.schema.js'
import { fiscalYearOf } from './fiscal-years.js'

// The Bilan's counting rule (issue 7, "sept ententes"): an agreement counts in a period when it is signed by the
// period's end and its period — up to its termination, if it was terminated early — overlaps the reporting period.

/** SQL: the agreements of some regions in force during [from, to] by the counting rule. */
function inForce(regionCodes: readonly string[], from: string, to: string): SQL {
  const effectiveEnd = sql`least(${agreements.endOn}, coalesce(${agreements.terminatedOn}, ${agreements.endOn}))`
  return and(
    inArray(agreements.regionCode, regionCodes.length ? [...regionCodes] : ['']),
    sql`${agreements.signedOn} is not null`,
    sql`${agreements.signedOn} <= ${to}`,
    sql`${agreements.startOn} <= ${to}`,
    sql`${effectiveEnd} >= ${from}`,
  )!
}

/** How many agreements of these regions are in force during [from, to] (civil dates, both included). */
export async function countAgreementsInForce(
  db: Db,
  regionCodes: readonly string[],
  from: string,
  to: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(agreements)
    .where(inForce(regionCodes, from, to))
  return row?.n ?? 0
}

/** An agreement in force, as the Bilan lists it. */
export type AgreementInForce = {
  id: string
  reference: string
  title: string
  organizationName: string
  programCode: string
  startOn: string
  endOn: string
  totalCents: number
}

/** The agreements of these regions in force during [from, to], by start date then reference. */
export function listAgreementsInForce(
  db: Db,
  regionCodes: readonly string[],
  from: string,
  to: string,
): Promise<AgreementInForce[]> {
  return db
    .select({
      id: agreements.id,
      reference: agreements.reference,
      title: agreements.title,
      organizationName: organizations.name,
      programCode: agreements.programCode,
      startOn: agreements.startOn,
      endOn: agreements.endOn,
      totalCents: agreements.totalCents,
    })
    .from(agreements)
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .where(inForce(regionCodes, from, to))
    .orderBy(asc(agreements.startOn), asc(agreements.reference))
}

/** The amounts committed for one program and fiscal year. */
export type CommittedAmount = { programCode: string; fiscalYear: number; amountCents: number }

/**
 * The yearly amounts of the agreements in force during [from, to], summed by program and fiscal year, for the fiscal
 * years the period touches (an agreement's years outside the period are another period's money).
 */
export function committedAmountsByProgramAndYear(
  db: Db,
  regionCodes: readonly string[],
  from: string,
  to: string,
): Promise<CommittedAmount[]> {
  return db
    .select({
      programCode: agreements.programCode,
      fiscalYear: agreementAmounts.fiscalYear,
      amountCents: sql<number>`sum(${agreementAmounts.amountCents})::bigint`.mapWith(Number),
    })
    .from(agreementAmounts)
    .innerJoin(agreements, eq(agreements.id, agreementAmounts.agreementId))
    .where(
      and(
        inForce(regionCodes, from, to),
        sql`${agreementAmounts.fiscalYear} between ${fiscalYearOf(from)} and ${fiscalYearOf(to)}`,
      ),
    )
    .groupBy(agreements.programCode, agreementAmounts.fiscalYear)
    .orderBy(agreements.programCode, agreementAmounts.fiscalYear)
}
