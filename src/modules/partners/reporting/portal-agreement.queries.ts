import { and, asc, desc, eq, ne } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { agreementAmounts, agreements } from '../agreements/agreement.schema.js'
import { deliverables, instalments } from '../obligations/obligation.schema.js'
import { programs, programVolets } from '../programs/program.schema.js'

const summaryColumns = {
  id: agreements.id,
  reference: agreements.reference,
  title: agreements.title,
  programFr: programs.nameFr,
  programEn: programs.nameEn,
  startOn: agreements.startOn,
  endOn: agreements.endOn,
  totalCents: agreements.totalCents,
  status: agreements.status,
}

/** Partners see an agreement once it is signed: one still in preparation (amounts under discussion) stays hidden. */
const shownToPartner = ne(agreements.status, 'preparation')

/** At most this many agreements on the portal's list; the page says when it shows only the latest ones. */
export const PORTAL_AGREEMENT_LIMIT = 300

/** The latest `PORTAL_AGREEMENT_LIMIT` signed (or later) agreements of an organization, the latest first. */
export function listOrganizationAgreements(db: Db, organizationId: string) {
  return db
    .select(summaryColumns)
    .from(agreements)
    .innerJoin(programs, eq(programs.code, agreements.programCode))
    .where(and(eq(agreements.organizationId, organizationId), shownToPartner))
    .orderBy(desc(agreements.startOn), asc(agreements.reference))
    .limit(PORTAL_AGREEMENT_LIMIT)
}

export type OrganizationAgreement = Awaited<ReturnType<typeof listOrganizationAgreements>>[number]

/**
 * One signed (or later) agreement of an organization, with its program and volet names; undefined when it is
 * another's or still in preparation.
 */
export async function findOrganizationAgreement(db: Db, organizationId: string, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({
      ...summaryColumns,
      objectives: agreements.objectives,
      voletFr: programVolets.nameFr,
      voletEn: programVolets.nameEn,
    })
    .from(agreements)
    .innerJoin(programs, eq(programs.code, agreements.programCode))
    .leftJoin(programVolets, eq(programVolets.id, agreements.voletId))
    .where(and(eq(agreements.id, id), eq(agreements.organizationId, organizationId), shownToPartner))
  return row
}

/** An agreement's yearly amounts, payment schedule and deliverables, in order (read together for its page). */
export async function findAgreementObligations(db: Db, agreementId: string) {
  const [amounts, schedule, owed] = await Promise.all([
    db
      .select({ fiscalYear: agreementAmounts.fiscalYear, amountCents: agreementAmounts.amountCents })
      .from(agreementAmounts)
      .where(eq(agreementAmounts.agreementId, agreementId))
      .orderBy(asc(agreementAmounts.fiscalYear)),
    db
      .select({
        number: instalments.number,
        plannedOn: instalments.plannedOn,
        amountCents: instalments.amountCents,
        condition: instalments.condition,
        paidOn: instalments.paidOn,
      })
      .from(instalments)
      .where(eq(instalments.agreementId, agreementId))
      .orderBy(asc(instalments.number)),
    db
      .select({
        id: deliverables.id,
        kind: deliverables.kind,
        title: deliverables.title,
        dueOn: deliverables.dueOn,
        status: deliverables.status,
        reviewComment: deliverables.reviewComment,
      })
      .from(deliverables)
      .where(eq(deliverables.agreementId, agreementId))
      .orderBy(asc(deliverables.dueOn), asc(deliverables.title)),
  ])
  return { amounts, schedule, deliverables: owed }
}
