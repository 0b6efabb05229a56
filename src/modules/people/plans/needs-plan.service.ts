import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { findOrganizationNames, listOrganizationsOfRegion, type RegionOrganization } from '../../partners/index.js'
import { civilDate } from '../../../platform/clock.js'
import { forbidden } from '../../../platform/errors.js'
import { getDossierRowForRead, isWorkable } from '../dossiers/dossier.service.js'
import { canReadNeeds } from '../needs/need.policy.js'
import { type AssessmentLine, listAssessmentLines } from '../needs/need.queries.js'
import { findPersonName, listPlanStepRows, type PlanStepLine } from './plan.queries.js'

/** What the needs and plan page shows of a dossier. */
export type NeedsPlanView = {
  dossier: { id: string; number: string; personName: string }
  lines: AssessmentLine[]
  steps: PlanStepLine[]
  /** The organizations a partner step may name (the dossier's region). */
  organizations: RegionOrganization[]
  /** The names of the organizations the steps name (some may be of a region the dossier left). */
  organizationNames: Map<string, string>
  /** Whether the caller works the dossier (forms), or only reads it (from a former location, or as a director). */
  canWork: boolean
}

/** The needs and plan page of a dossier the caller may read; the read is audited (`plan.viewed`). */
export async function loadNeedsPlan(ctx: Ctx, dossierId: string): Promise<NeedsPlanView> {
  if (!canReadNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForRead(tx, dossierId)
    const [person, lines, steps, organizations] = [
      await findPersonName(tx.db, dossier.personId),
      await listAssessmentLines(tx.db, dossier.id, civilDate(tx.now)),
      await listPlanStepRows(tx.db, dossier.id),
      await listOrganizationsOfRegion(tx.db, dossier.regionCode),
    ]
    const organizationNames = await findOrganizationNames(
      tx.db,
      steps.flatMap((s) => (s.organizationId ? [s.organizationId] : [])),
    )
    await recordAudit(tx, {
      action: 'plan.viewed',
      entityType: 'dossier',
      entityId: dossier.id,
      regionCode: dossier.regionCode,
    })
    const personName = person ? `${person.givenName} ${person.familyName}` : ''
    return {
      dossier: { id: dossier.id, number: dossier.number, personName },
      lines,
      steps,
      organizations,
      organizationNames,
      canWork: isWorkable(tx, dossier),
    }
  })
}
