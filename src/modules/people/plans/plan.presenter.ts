import type { PlanStepOutput } from './plan.contracts.js'
import type { PlanStepLine } from './plan.queries.js'

export function presentPlanStep(row: PlanStepLine): PlanStepOutput {
  return {
    id: row.id,
    dossierId: row.dossierId,
    needId: row.needId,
    needCode: row.needCode,
    action: row.action,
    responsible: row.responsible,
    organizationId: row.organizationId,
    dueOn: row.dueOn,
    status: row.status,
    doneOn: row.doneOn,
  }
}
