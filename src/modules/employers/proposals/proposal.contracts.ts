import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { regionCode } from '../../territory/index.js'
import { employmentTypes } from '../needs/labour-need.schema.js'
import { moves } from './proposal-lifecycle.js'
import { declineReasons, proposalStatuses } from './proposal.schema.js'

const comment = z.string().trim().max(2000).nullish()

/** A proposal of a candidate for a labour need (API); the page sends only `profileId`, the need is in its path. */
export const proposalInput = z.object({
  labourNeedId: z.uuid(),
  profileId: z.uuid(),
  /** The day the candidate was proposed to the enterprise; today when absent. */
  proposedOn: isoDate().optional(),
  comment,
})
export type ProposalInput = z.output<typeof proposalInput>

/** The page's proposal form (the matching page's "Proposer" button). */
export const proposeForm = z.object({ profileId: z.uuid() })

/**
 * An answer of the enterprise: `interview`, `hired` (a placement: hire date, position and type default to the need's),
 * `declined` (a reason) or `revert` (takes the last answer back). `on` is the day of the answer.
 */
export const answerInput = z.object({
  move: z.enum(moves),
  on: isoDate(),
  declineReason: z.enum(declineReasons).optional(),
  comment,
  hiredOn: isoDate().optional(),
  positionTitle: z.string().trim().min(1).max(200).optional(),
  employmentType: z.enum(employmentTypes).optional(),
})
export type AnswerInput = z.output<typeof answerInput>

export const proposalEventOutput = z.object({
  fromStatus: z.enum(proposalStatuses).nullable(),
  toStatus: z.enum(proposalStatuses),
  reason: z.string().nullable(),
  at: z.string(),
  byName: z.string().nullable(),
})
export type ProposalEventOutput = z.infer<typeof proposalEventOutput>

export const proposalOutput = z.object({
  id: z.uuid(),
  labourNeedId: z.uuid(),
  needTitle: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  profileId: z.uuid(),
  /** The candidate's name, null when the caller may no longer see the profile (consent withdrawn, out of reach). */
  candidateName: z.string().nullable(),
  status: z.enum(proposalStatuses),
  declineReason: z.enum(declineReasons).nullable(),
  comment: z.string().nullable(),
  proposedOn: z.string(),
  answeredOn: z.string().nullable(),
  placementId: z.uuid().nullable(),
})
export type ProposalOutput = z.infer<typeof proposalOutput>

export const proposalDetailsOutput = proposalOutput.extend({ events: z.array(proposalEventOutput) })
export type ProposalDetailsOutput = z.infer<typeof proposalDetailsOutput>

/** Filters of the proposal list: status, region, one labour need. */
export const proposalListQuery = z.object({
  status: z.enum(proposalStatuses).optional(),
  region: regionCode.optional(),
  labourNeedId: z.uuid().optional(),
})
export type ProposalFilter = z.output<typeof proposalListQuery>

export const placementOutput = z.object({
  id: z.uuid(),
  proposalId: z.uuid().nullable(),
  labourNeedId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  candidateName: z.string().nullable(),
  hiredOn: z.string(),
  positionTitle: z.string(),
  cnpCode: z.string(),
  employmentType: z.enum(employmentTypes),
  regionCode: z.string(),
  originRegionCode: z.string(),
  /** The candidate came from another region (interregional mobility). */
  interregional: z.boolean(),
})
export type PlacementOutput = z.infer<typeof placementOutput>

const periodRefine = <T extends { from?: string; to?: string }>(q: T) => !q.from || !q.to || q.from <= q.to
const periodMessage = {
  path: ['to'],
  params: {
    fr: 'La fin de la période ne peut précéder son début.',
    en: 'The end of the period cannot precede its start.',
  },
}

/** Filters of the placement list: hire period, region, employment type. */
export const placementListQuery = z
  .object({
    region: regionCode.optional(),
    from: isoDate().optional(),
    to: isoDate().optional(),
    employmentType: z.enum(employmentTypes).optional(),
  })
  .refine(periodRefine, periodMessage)
export type PlacementFilter = z.output<typeof placementListQuery>

/** Filters of the mobility view: hire period (and region of the position). */
export const mobilityQuery = z
  .object({ region: regionCode.optional(), from: isoDate().optional(), to: isoDate().optional() })
  .refine(periodRefine, periodMessage)
export type MobilityFilter = z.output<typeof mobilityQuery>

export const mobilityFlowOutput = z.object({ originRegionCode: z.string(), regionCode: z.string(), count: z.number() })
export type MobilityFlow = z.infer<typeof mobilityFlowOutput>
