import { integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'

/**
 * Recurring background jobs stored in the database (purges, expiries, retention): any app node may run one, the
 * row lock (`for update skip locked` + `locked_until`) makes sure only one does at a time.
 */
export const jobSchedules = accessSchema.table('job_schedules', {
  name: text('name').primaryKey(),
  everySeconds: integer('every_seconds').notNull(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  /** What the last run did (counts), or its error code: never personal data. */
  lastResult: jsonb('last_result'),
  lastError: text('last_error'),
})
