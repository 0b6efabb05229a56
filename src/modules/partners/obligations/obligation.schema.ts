import { sql } from 'drizzle-orm'
import { bigint, check, date, index, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { agreements } from '../agreements/agreement.schema.js'
import { partnersSchema } from '../partners.schema.js'

/** The reporting obligations of an agreement: interim and final activity and financial reports, or another document. */
export const deliverableKinds = [
  'interim_activity_report',
  'interim_financial_report',
  'final_activity_report',
  'final_financial_report',
  'other',
] as const

/** due → received (a report came in) → accepted / returned (sent back with comments, then received again). */
export const deliverableStatuses = ['due', 'received', 'accepted', 'returned'] as const

/** A deliverable the organization owes by a civil date. */
export const deliverables = partnersSchema.table(
  'deliverables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: deliverableKinds }).notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: deliverableStatuses }).notNull().default('due'),
    receivedOn: date('received_on', { mode: 'string' }),
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('deliverables_agreement_idx').on(t.agreementId, t.dueOn),
    index('deliverables_open_due_idx').on(t.dueOn).where(sql`${t.status} in ('due', 'returned')`),
  ],
)

/**
 * A planned payment of an agreement: sequence, planned date, amount (cents), the condition to pay it (free text such as
 * « rapport d'étape reçu », and optionally the deliverable that must be accepted first), and the date it was paid.
 */
export const instalments = partnersSchema.table(
  'instalments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: smallint('number').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    condition: text('condition'),
    deliverableId: uuid('deliverable_id').references(() => deliverables.id, { onDelete: 'set null' }),
    paidOn: date('paid_on', { mode: 'string' }),
    paidBy: uuid('paid_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('instalments_number_key').on(t.agreementId, t.number),
    index('instalments_unpaid_idx').on(t.plannedOn).where(sql`${t.paidOn} is null`),
    check('instalments_amount_check', sql`${t.amountCents} > 0`),
  ],
)

/** What a reminder was about: a deliverable due soon, overdue, or an instalment to pay. */
export const reminderKinds = ['deliverable_due', 'deliverable_overdue', 'instalment_due'] as const

/** A reminder already mailed (one per kind, record and due date): the reminder job sends each once. */
export const remindersSent = partnersSchema.table(
  'reminders_sent',
  {
    kind: text('kind', { enum: reminderKinds }).notNull(),
    recordId: uuid('record_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('reminders_sent_key').on(t.kind, t.recordId, t.dueOn)],
)
