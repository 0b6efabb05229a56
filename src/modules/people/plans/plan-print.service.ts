import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { findOrganizationNames } from '../../partners/index.js'
import { getServicePointOrThrow, getStaffOrThrow, type ServicePointOutput } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { forbidden } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { getDossierRowForWork } from '../dossiers/dossier.service.js'
import { canWriteNeeds } from '../needs/need.policy.js'
import { type AssessedNeedRow, listAssessedNeedRows } from '../needs/need.queries.js'
import { findPersonName, listPlanStepRows, type PlanStepLine } from './plan.queries.js'

/** Everything the printed plan shows; the view picks the labels of the language asked. */
export type PrintablePlan = {
  lang: Lang
  today: string
  personName: string
  dossierNumber: string
  needs: { need: AssessedNeedRow; steps: PlanStepLine[] }[]
  organizationNames: Map<string, string>
  agent: { fullName: string; email: string | null; phone: string | null } | null
  servicePoint: ServicePointOutput
}

/** The dossier's agent, when one is assigned (their name and contacts are on the plan handed to the person). */
async function agentOf(ctx: Ctx, agentId: string | null): Promise<PrintablePlan['agent']> {
  if (!agentId) return null
  const staff = await getStaffOrThrow(ctx, agentId)
  return { fullName: staff.fullName, email: staff.email, phone: staff.phone }
}

/**
 * The plan to print for the person, in the language asked (not necessarily the interface's; by default the person's). Printing is
 * handing the plan over, so it takes working the dossier (its current location); it is audited (`plan.printed`).
 */
export async function printPlan(ctx: Ctx, dossierId: string, asked?: Lang): Promise<PrintablePlan> {
  if (!canWriteNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForWork(tx, dossierId)
    const person = await findPersonName(tx.db, dossier.personId)
    // Unless asked otherwise, the plan is printed in the language the person prefers.
    const lang = asked ?? person?.preferredLanguage ?? 'fr'
    const needs = await listAssessedNeedRows(tx.db, dossier.id)
    const steps = await listPlanStepRows(tx.db, dossier.id)
    const organizationNames = await findOrganizationNames(
      tx.db,
      steps.flatMap((s) => (s.organizationId ? [s.organizationId] : [])),
    )
    const agent = await agentOf(tx, dossier.agentId)
    const servicePoint = await getServicePointOrThrow(tx, dossier.servicePointId)
    await recordAudit(tx, {
      action: 'plan.printed',
      entityType: 'dossier',
      entityId: dossier.id,
      regionCode: dossier.regionCode,
      details: { lang },
    })
    return {
      lang,
      today: civilDate(tx.now),
      personName: person ? `${person.givenName} ${person.familyName}` : '',
      dossierNumber: dossier.number,
      needs: needs.map((need) => ({ need, steps: steps.filter((s) => s.needId === need.id) })),
      organizationNames,
      agent,
      servicePoint,
    }
  })
}
