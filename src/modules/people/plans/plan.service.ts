import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { listOrganizationsOfRegion } from '../../partners/index.js'
import { civilDate } from '../../../platform/clock.js'
import { forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { parseInput } from '../../../platform/validation.js'
import type { DossierRow } from '../dossiers/dossier.queries.js'
import { getDossierRowForRead, getDossierRowForWork } from '../dossiers/dossier.service.js'
import { canReadNeeds, canWriteNeeds } from '../needs/need.policy.js'
import { refreshNextFollowUp } from './follow-up.js'
import { planStepFields, type PlanStepInput, type PlanStepOutput, type PlanStepPatch } from './plan.contracts.js'
import { planErrors } from './plan.messages.js'
import { presentPlanStep } from './plan.presenter.js'
import {
  findNeedOfDossier,
  findPlanStep,
  insertPlanStep,
  listPlanStepRows,
  type PlanStepRow,
  updatePlanStepRow,
} from './plan.queries.js'

type StepFields = Pick<PlanStepRow, 'action' | 'responsible' | 'organizationId' | 'dueOn' | 'status'>

/** A partner step's organization must be one of the dossier's region (the partners' directory); others name none. */
async function organizationOf(
  ctx: Ctx,
  dossier: DossierRow,
  step: { responsible: StepFields['responsible']; organizationId?: string | null },
): Promise<string | null> {
  if (step.responsible !== 'partner') return null
  const organizations = await listOrganizationsOfRegion(ctx.db, dossier.regionCode)
  if (!organizations.some((o) => o.id === step.organizationId))
    throw invalidInput({ organizationId: planErrors.organizationOfRegion })
  return step.organizationId ?? null
}

/** The day a step was done: kept when it already was, today when it just became done, none otherwise. */
function doneOnOf(status: StepFields['status'], before: PlanStepRow | undefined, today: string): string | null {
  if (status !== 'done') return null
  return before?.status === 'done' ? before.doneOn : today
}

/** The steps of a dossier's plan the caller may read (audited: a read of a person's file). */
export async function listPlanSteps(ctx: Ctx, dossierId: string): Promise<PlanStepOutput[]> {
  if (!canReadNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForRead(tx, dossierId)
    const rows = await listPlanStepRows(tx.db, dossier.id)
    await recordAudit(tx, {
      action: 'plan.viewed',
      entityType: 'dossier',
      entityId: dossier.id,
      regionCode: dossier.regionCode,
    })
    return rows.map(presentPlanStep)
  })
}

/**
 * Adds a step to a dossier's plan, tied to one of its assessed needs; the dossier's next follow-up becomes the earliest
 * due date of its open steps, in the same transaction.
 */
export async function addPlanStep(ctx: Ctx, dossierId: string, input: PlanStepInput): Promise<PlanStepOutput> {
  if (!canWriteNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForWork(tx, dossierId)
    const need = await findNeedOfDossier(tx.db, dossier.id, input.needId)
    if (!need) throw invalidInput({ needId: planErrors.needOfDossier })
    const row = await insertPlanStep(tx.db, {
      dossierId: dossier.id,
      needId: need.id,
      action: input.action,
      responsible: input.responsible,
      organizationId: await organizationOf(tx, dossier, input),
      dueOn: input.dueOn ?? null,
      status: input.status,
      doneOn: doneOnOf(input.status, undefined, civilDate(tx.now)),
      createdAt: tx.now,
      updatedAt: tx.now,
    })
    await refreshNextFollowUp(tx.db, dossier.id)
    await recordAudit(tx, {
      action: 'plan_step.created',
      entityType: 'plan_step',
      entityId: row.id,
      regionCode: dossier.regionCode,
      details: { dossierId: dossier.id, need: need.needCode },
    })
    return presentPlanStep({ ...row, needCode: need.needCode })
  })
}

/** Changes some fields of a step (its status, mostly): the merged step is checked as a whole; `doneOn` follows. */
export async function updatePlanStep(ctx: Ctx, stepId: string, changes: PlanStepPatch): Promise<PlanStepOutput> {
  if (!canWriteNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const step = await findPlanStep(tx.db, stepId)
    if (!step) throw notFound('plan_step')
    const dossier = await getDossierRowForWork(tx, step.dossierId)
    const merged = parseInput(planStepFields, { ...fieldsOf(step), ...changes })
    const values = {
      ...merged,
      organizationId: await organizationOf(tx, dossier, merged),
      dueOn: merged.dueOn ?? null,
      doneOn: doneOnOf(merged.status, step, civilDate(tx.now)),
    }
    const changed = changedFields(Object.keys(values), values, step)
    if (changed.length === 0) return presentPlanStep(step)
    const row = await updatePlanStepRow(tx.db, step.id, { ...values, updatedAt: tx.now })
    await refreshNextFollowUp(tx.db, dossier.id)
    await recordAudit(tx, {
      action: 'plan_step.updated',
      entityType: 'plan_step',
      entityId: step.id,
      regionCode: dossier.regionCode,
      details: { dossierId: dossier.id, changed, status: row.status },
    })
    return presentPlanStep({ ...row, needCode: step.needCode })
  })
}

const fieldsOf = (step: PlanStepRow): StepFields => ({
  action: step.action,
  responsible: step.responsible,
  organizationId: step.organizationId,
  dueOn: step.dueOn,
  status: step.status,
})
