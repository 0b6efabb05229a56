import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { agreementAmounts, agreements } from '../agreements/agreement.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import { programs, programVolets } from '../programs/program.schema.js'
import { instalments } from './obligation.schema.js'

function inRegions(regionCodes: 'all' | readonly string[]): SQL | undefined {
  if (regionCodes === 'all') return undefined
  return regionCodes.length === 0 ? sql`false` : inArray(agreements.regionCode, [...regionCodes])
}

/** The agreements of some regions with what finance reads, and their yearly amounts: one query. */
export function listAgreementsForFinance(db: Db, regionCodes: 'all' | readonly string[]) {
  return db
    .select({
      reference: agreements.reference,
      organization: organizations.name,
      programCode: agreements.programCode,
      programFr: programs.nameFr,
      programEn: programs.nameEn,
      voletFr: programVolets.nameFr,
      voletEn: programVolets.nameEn,
      regionCode: agreements.regionCode,
      startOn: agreements.startOn,
      endOn: agreements.endOn,
      status: agreements.status,
      totalCents: agreements.totalCents,
      amounts: sql<{ fiscalYear: number; cents: number }[]>`coalesce((
        select json_agg(json_build_object('fiscalYear', ${agreementAmounts.fiscalYear}, 'cents', ${agreementAmounts.amountCents}))
        from ${agreementAmounts} where ${agreementAmounts.agreementId} = ${agreements.id}), '[]'::json)`,
    })
    .from(agreements)
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .innerJoin(programs, eq(programs.code, agreements.programCode))
    .leftJoin(programVolets, eq(programVolets.id, agreements.voletId))
    .where(inRegions(regionCodes))
    .orderBy(asc(agreements.reference))
}

/** The instalments of some regions' agreements, by agreement and number: one query. */
export function listInstalmentsForFinance(db: Db, regionCodes: 'all' | readonly string[]) {
  return db
    .select({
      reference: agreements.reference,
      number: instalments.number,
      plannedOn: instalments.plannedOn,
      amountCents: instalments.amountCents,
      condition: instalments.condition,
      paidOn: instalments.paidOn,
    })
    .from(instalments)
    .innerJoin(agreements, eq(agreements.id, instalments.agreementId))
    .where(and(inRegions(regionCodes)))
    .orderBy(asc(agreements.reference), asc(instalments.number))
}

export type FinanceAgreementRow = Awaited<ReturnType<typeof listAgreementsForFinance>>[number]
export type FinanceInstalmentRow = Awaited<ReturnType<typeof listInstalmentsForFinance>>[number]
