import { z } from 'zod'
import { reportedActionInput } from '../actions/action-record.js'
import { whenValid } from '../actions/action.contracts.js'
import { reportErrors as e } from './report.messages.js'
import { reportStatuses } from './report.schema.js'

/** A count (participants, activities): a JSON whole number from 0; the form converts its text (`reportInputOf`). */
const count = z.number().int().min(0).max(10_000_000).nullish()

/** An amount in cents, 0 or more (up to ten billion dollars, far above any agreement); a JSON whole number. */
const cents = z.number().int().min(0).max(1_000_000_000_000).nullish()

type Figures = { immigrantParticipants?: number | null; totalParticipants?: number | null }
const immigrantsWithinTotal = (v: Figures) =>
  v.immigrantParticipants == null || v.totalParticipants == null || v.immigrantParticipants <= v.totalParticipants

/** A report as the partner submits it (API and form): the deliverable it answers, the narrative, figures, actions. */
export const reportInput = z
  .object({
    deliverableId: z.uuid().nullish(),
    narrative: z.string().trim().min(1).max(20_000),
    immigrantParticipants: count,
    totalParticipants: count,
    activitiesHeld: count,
    spentCents: cents,
    actions: z
      .array(reportedActionInput)
      .refine((a) => a.length <= 5, { params: e.tooManyActions })
      .default([]),
  })
  .refine(immigrantsWithinTotal, {
    path: ['immigrantParticipants'],
    params: e.immigrantsOverTotal,
    when: whenValid('immigrantParticipants', 'totalParticipants'),
  })
export type ReportInput = z.output<typeof reportInput>

/** The directorate's review: accept, or send back with a comment the organization reads. */
export const reviewInput = z
  .object({
    decision: z.enum(['accepted', 'returned']),
    comment: z.string().trim().max(4000).nullish(),
  })
  .refine((v) => v.decision === 'accepted' || Boolean(v.comment), { path: ['comment'], params: e.commentRequired })
export type ReviewInput = z.output<typeof reviewInput>

/** A file attached to a report, without its content. */
export const reportFileOutput = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
})

/** An action the report declared. */
export const reportActionOutput = z.object({
  id: z.uuid(),
  kindCode: z.string(),
  kindName: z.object({ fr: z.string(), en: z.string() }),
  title: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  municipality: z.string().nullable(),
  immigrantParticipants: z.number().int().nullable(),
  totalParticipants: z.number().int().nullable(),
})

/** A report in a list: who, on what, when, where it stands. */
export const reportListItem = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  agreementReference: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  regionCode: z.string(),
  deliverable: z.object({ id: z.uuid(), title: z.string(), dueOn: z.string() }).nullable(),
  status: z.enum(reportStatuses),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
})
export type ReportListItem = z.output<typeof reportListItem>

/** A report in full: its list fields, the narrative and figures, its files and declared actions. */
export const reportOutput = reportListItem.extend({
  narrative: z.string(),
  immigrantParticipants: z.number().int().nullable(),
  totalParticipants: z.number().int().nullable(),
  activitiesHeld: z.number().int().nullable(),
  spentCents: z.number().int().nullable(),
  files: z.array(reportFileOutput),
  actions: z.array(reportActionOutput),
})
export type ReportOutput = z.output<typeof reportOutput>
