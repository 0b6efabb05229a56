import { bigint, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { bytea } from '../../../platform/db/bytea.js'
import { users } from '../../access/users/user.schema.js'
import { agreements } from '../agreements/agreement.schema.js'
import { deliverables } from '../obligations/obligation.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import { partnersSchema } from '../partners.schema.js'

/** submitted → accepted, or returned with comments (the partner then submits a new report). */
export const reportStatuses = ['submitted', 'accepted', 'returned'] as const

/** A report the partner submits through the portal on one of its agreements (usually against a deliverable). */
export const partnerReports = partnersSchema.table(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    deliverableId: uuid('deliverable_id').references(() => deliverables.id),
    narrative: text('narrative').notNull(),
    /** The report's figures: persons reached (immigrants, total), activities held, amount spent (cents). */
    immigrantParticipants: integer('immigrant_participants'),
    totalParticipants: integer('total_participants'),
    activitiesHeld: integer('activities_held'),
    spentCents: bigint('spent_cents', { mode: 'number' }),
    status: text('status', { enum: reportStatuses }).notNull().default('submitted'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewComment: text('review_comment'),
  },
  (t) => [
    index('reports_agreement_idx').on(t.agreementId, t.submittedAt),
    index('reports_organization_idx').on(t.organizationId, t.submittedAt),
  ],
)

/** A file attached to a partner report (kept in the database: backups and restores carry it). */
export const reportFiles = partnersSchema.table(
  'report_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => partnerReports.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('report_files_report_idx').on(t.reportId)],
)
