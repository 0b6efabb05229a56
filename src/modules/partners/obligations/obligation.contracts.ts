import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { deliverableKinds, deliverableStatuses } from './obligation.schema.js'

// One schema per edge, shared by the API, the pages and the services.

/** At most this many instalments in a schedule (the form shows as many rows). */
export const MAX_INSTALMENTS = 8

/** One instalment of a schedule: planned date, amount in cents, condition, optional deliverable to be accepted first. */
export const instalmentInput = z.object({
  plannedOn: isoDate(),
  amountCents: z.number().int().positive().max(100_000_000_000),
  condition: z.string().trim().max(300).optional(),
  deliverableId: z.uuid().optional(),
})
export type InstalmentInput = z.infer<typeof instalmentInput>

/** The whole schedule, in order: its rows are numbered 1, 2, … as given. */
export const scheduleInput = z.object({ instalments: z.array(instalmentInput).max(MAX_INSTALMENTS) })
export type ScheduleInput = z.infer<typeof scheduleInput>

export const paymentInput = z.object({ paidOn: isoDate() })

export const deliverableInput = z.object({
  kind: z.enum(deliverableKinds),
  title: z.string().trim().min(1).max(200),
  dueOn: isoDate(),
})
export type DeliverableInput = z.infer<typeof deliverableInput>

export const receiptInput = z.object({ receivedOn: isoDate() })

export const reviewInput = z.object({
  decision: z.enum(['accepted', 'returned']),
  comment: z.string().trim().max(4000).optional(),
})
export type ReviewInput = z.infer<typeof reviewInput>

/** planned: not yet due; due: planned for today; overdue: planned before today and unpaid; paid. */
export const instalmentStatuses = ['planned', 'due', 'overdue', 'paid'] as const

export const instalmentOutput = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  number: z.number().int(),
  plannedOn: z.string(),
  amountCents: z.number().int(),
  condition: z.string().nullable(),
  deliverableId: z.uuid().nullable(),
  paidOn: z.string().nullable(),
  status: z.enum(instalmentStatuses),
})
export type InstalmentOutput = z.infer<typeof instalmentOutput>

export const deliverableOutput = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  kind: z.enum(deliverableKinds),
  title: z.string(),
  dueOn: z.string(),
  status: z.enum(deliverableStatuses),
  receivedOn: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  reviewComment: z.string().nullable(),
  overdue: z.boolean(),
})
export type DeliverableOutput = z.infer<typeof deliverableOutput>

/** The schedule of an agreement with its totals. */
export const scheduleOutput = z.object({
  agreementId: z.uuid(),
  totalCents: z.number().int(),
  scheduledCents: z.number().int(),
  paidCents: z.number().int(),
  instalments: z.array(instalmentOutput),
})
export type ScheduleOutput = z.infer<typeof scheduleOutput>

export const agingBuckets = ['1-30', '31-60', '61-90', '90+'] as const
export type AgingBucket = (typeof agingBuckets)[number]

const agingItem = z.object({
  agreementId: z.uuid(),
  reference: z.string(),
  organizationName: z.string(),
  regionCode: z.string(),
  id: z.uuid(),
  /** The deliverable's title, or the instalment's condition. */
  label: z.string().nullable(),
  /** The instalment's number (null for a deliverable). */
  number: z.number().int().nullable(),
  dueOn: z.string(),
  amountCents: z.number().int().nullable(),
  daysLate: z.number().int(),
  bucket: z.enum(agingBuckets).nullable(),
})
export type AgingItem = z.infer<typeof agingItem>

const bucketTotal = z.object({ bucket: z.enum(agingBuckets), count: z.number().int(), amountCents: z.number().int() })

export const agingOutput = z.object({
  today: z.string(),
  overdueDeliverables: z.array(agingItem),
  unpaidInstalments: z.array(agingItem),
  deliverableBuckets: z.array(bucketTotal),
  instalmentBuckets: z.array(bucketTotal),
  dueSoonDeliverables: z.array(agingItem),
  dueSoonInstalments: z.array(agingItem),
})
export type AgingOutput = z.infer<typeof agingOutput>

/** The path of one instalment: its agreement and itself (the pair must match). */
export const instalmentParams = z.object({ id: z.uuid(), instalmentId: z.uuid() })

/** The path of one deliverable: its agreement and itself (the pair must match). */
export const deliverableParams = z.object({ id: z.uuid(), deliverableId: z.uuid() })
