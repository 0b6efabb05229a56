import { z } from 'zod'
import { needPriorities, volets } from '../needs/need.schema.js'
import { stepResponsibles, stepStatuses } from '../plans/plan.schema.js'
import { referralStatuses } from './referral.schema.js'

/** Ids chosen with checkboxes: absent (none ticked), one id, or several; an API client sends an array. */
const idList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(50))
/** A checkbox sends "true" when ticked and nothing otherwise; an API client sends a boolean. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .optional()
  .transform((v) => v === true || v === 'true')

const text = (max: number) => z.string().trim().min(1).max(max)

/** What the agent sends: to which organization, the service wanted, and what to share (checked against consents). */
export const referralInput = z.object({
  dossierId: z.uuid(),
  organizationId: z.uuid(),
  serviceWanted: text(300),
  message: text(2000).optional(),
  needIds: idList,
  stepIds: idList,
  shareContact: flag,
})
export type ReferralInput = z.output<typeof referralInput>

/** The new-referral form of a dossier's page (the dossier comes from the address). */
export const referralForm = referralInput.omit({ dossierId: true })

/** The moves made through the transitions endpoint (re-routing has its own: it names another organization). */
export const transitionTargets = [
  'received',
  'accepted',
  'declined',
  'in_progress',
  'completed',
  'not_completed',
  'cancelled',
] as const

export const transitionInput = z.object({
  to: z.enum(transitionTargets),
  reason: text(1000).optional(),
  outcome: text(2000).optional(),
  comment: text(2000).optional(),
})
export type TransitionInput = z.output<typeof transitionInput>

export const rerouteInput = z.object({
  organizationId: z.uuid(),
  serviceWanted: text(300).optional(),
  message: text(2000).optional(),
  comment: text(2000).optional(),
})
export type RerouteInput = z.output<typeof rerouteInput>

export const commentInput = z.object({ comment: text(2000) })
export type CommentInput = z.output<typeof commentInput>

export const referralListQuery = z.object({
  status: z.enum(referralStatuses).optional(),
  dossierId: z.uuid().optional(),
})
export type ReferralListQuery = z.output<typeof referralListQuery>

const status = z.enum(referralStatuses)

export const referralEventOutput = z.object({
  fromStatus: status.nullable(),
  toStatus: status,
  comment: z.string().nullable(),
  at: z.string(),
  by: z.string().nullable(),
})
export type ReferralEventOutput = z.infer<typeof referralEventOutput>

/** A referral as staff see it: everything, with its history. */
export const staffReferralOutput = z.object({
  view: z.literal('staff'),
  id: z.uuid(),
  dossierId: z.uuid(),
  dossierNumber: z.string(),
  personId: z.uuid(),
  regionCode: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  serviceWanted: z.string(),
  message: z.string().nullable(),
  needIds: z.array(z.uuid()),
  stepIds: z.array(z.uuid()),
  shareContact: z.boolean(),
  status,
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  answerDueOn: z.string(),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reroutedFromId: z.uuid().nullable(),
  /** What the organization sees now, given the person's current consents. */
  sharing: z.enum(['full', 'without_contact', 'withdrawn']),
  events: z.array(referralEventOutput),
})
export type StaffReferralOutput = z.infer<typeof staffReferralOutput>

const localizedLabel = z.object({ fr: z.string(), en: z.string() })
const frenchLevel = z.number().int().nullable()

/** The structured portrait a partner organization sees, computed from the person's consents at the time of reading. */
export const partnerReferralOutput = z.object({
  view: z.literal('partner'),
  id: z.uuid(),
  status,
  /** The person withdrew their consent to share: nothing more about them or their needs is shown. */
  consentWithdrawn: z.boolean(),
  sentAt: z.string(),
  answerDueOn: z.string(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  serviceWanted: z.string().nullable(),
  message: z.string().nullable(),
  person: z
    .object({
      givenName: z.string(),
      familyInitial: z.string(),
      languages: z.array(z.string()),
      french: z.object({
        oralComprehension: frenchLevel,
        oralProduction: frenchLevel,
        writtenComprehension: frenchLevel,
        writtenProduction: frenchLevel,
      }),
    })
    .nullable(),
  contact: z
    .object({ email: z.string().nullable(), phone: z.string().nullable(), preferredLanguage: z.enum(['fr', 'en']) })
    .nullable(),
  needs: z.array(
    z.object({
      volet: z.enum(volets),
      label: localizedLabel,
      priority: z.enum(needPriorities),
      notes: z.string().nullable(),
    }),
  ),
  steps: z.array(
    z.object({
      action: z.string(),
      responsible: z.enum(stepResponsibles),
      dueOn: z.string().nullable(),
      status: z.enum(stepStatuses),
    }),
  ),
  events: z.array(referralEventOutput.omit({ by: true })),
})
export type PartnerReferralOutput = z.infer<typeof partnerReferralOutput>

export const referralOutput = z.discriminatedUnion('view', [staffReferralOutput, partnerReferralOutput])
export type ReferralOutput = z.infer<typeof referralOutput>

/**
 * One line of a list: staff lists and the partner inbox. Of the person, only what the organization's portrait shows
 * (given name and family initial), and nothing once their consent to share is withdrawn.
 */
export const referralListItem = z.object({
  id: z.uuid(),
  dossierId: z.uuid().nullable(),
  dossierNumber: z.string().nullable(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  serviceWanted: z.string().nullable(),
  person: z.object({ givenName: z.string(), familyInitial: z.string() }).nullable(),
  status,
  consentWithdrawn: z.boolean(),
  sentAt: z.string(),
  answerDueOn: z.string(),
})
export type ReferralListItem = z.infer<typeof referralListItem>
