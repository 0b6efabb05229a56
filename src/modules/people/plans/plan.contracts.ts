import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { planErrors } from './plan.messages.js'
import { stepResponsibles, stepStatuses } from './plan.schema.js'

const action = z.string().trim().min(1).max(500)

const stepShape = {
  action,
  responsible: z.enum(stepResponsibles),
  organizationId: z.uuid().nullish(),
  dueOn: isoDate().nullish(),
  status: z.enum(stepStatuses),
}

/** A partner step names its organization; the others name none. */
const partnerNamed = (v: { responsible?: string; organizationId?: string | null }) =>
  v.responsible !== 'partner' || Boolean(v.organizationId)

/** A step added to a dossier's plan, tied to one of the dossier's assessed needs. */
export const planStepInput = z
  .object({ needId: z.uuid(), ...stepShape, status: stepShape.status.default('planned') })
  .refine(partnerNamed, { path: ['organizationId'], params: planErrors.organizationRequired })
export type PlanStepInput = z.output<typeof planStepInput>

/** Some fields of a step (API PATCH, and the page's status form); the merged step is checked as a whole. */
export const planStepPatch = z.object(stepShape).partial().strict()
export type PlanStepPatch = z.output<typeof planStepPatch>

/** A step's fields as a whole (a patch merged into the step is checked with it). */
export const planStepFields = z
  .object(stepShape)
  .refine(partnerNamed, { path: ['organizationId'], params: planErrors.organizationRequired })

/** The page's form changing a step's status. */
export const stepStatusInput = z.object({ status: stepShape.status })

export const planStepOutput = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  needId: z.uuid(),
  needCode: z.string(),
  action: z.string(),
  responsible: z.enum(stepResponsibles),
  organizationId: z.uuid().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(stepStatuses),
  doneOn: z.string().nullable(),
})
export type PlanStepOutput = z.infer<typeof planStepOutput>

/** The `:id/etapes/:stepId` parameters of a step's page form. */
export const stepParams = z.object({ id: z.uuid(), stepId: z.uuid() })
