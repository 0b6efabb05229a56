import { bigint, index, integer, jsonb, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'
import { bytea } from '../../../platform/db/bytea.js'
import { users } from '../users/user.schema.js'

/**
 * Background exports of large lists (persons, interventions, enterprises, agreements, actions): one row per request,
 * claimed by any app node (`for update skip locked` + `locked_until`), its file kept in `export_chunks` until it
 * expires. `status`: queued → running → done | failed | cancelled | expired.
 */
export const exportJobs = accessSchema.table(
  'export_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The export source's name (`persons`, `interventions`, …). */
    source: text('source').notNull(),
    /** `csv` or `xlsx`. */
    format: text('format').notNull(),
    /** The interface language of the request: the file's headers and labels. */
    lang: text('lang').notNull(),
    /** The source's filters, as validated by its schema (no free text beyond what the list screen takes). */
    filters: jsonb('filters').notNull(),
    status: text('status').notNull(),
    /** Rows written so far and, once counted, rows to write: the progress shown. */
    rowsDone: integer('rows_done').notNull().default(0),
    rowsTotal: integer('rows_total'),
    bytes: bigint('bytes', { mode: 'number' }),
    /** The error code of a failed export (never personal data). */
    error: text('error'),
    cancelRequested: timestamp('cancel_requested', { withTimezone: true }),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    index('export_jobs_user_idx').on(t.userId, t.createdAt),
    index('export_jobs_status_idx').on(t.status, t.createdAt),
  ],
)

/** An export's file, in chunks of at most 1 MiB (every app node can serve it; it goes when the export expires). */
export const exportChunks = accessSchema.table(
  'export_chunks',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => exportJobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
)
