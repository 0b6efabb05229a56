import { sql } from 'drizzle-orm'
import { check, date, index, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { employersSchema } from '../employers.schema.js'
import { enterprises } from '../enterprises/enterprise.schema.js'

/** What an advisor (CIR) does for an enterprise. */
export const advisorServiceKinds = [
  'immigration_programs_info',
  'recruitment_strategy',
  'international_mission',
  'temporary_workers',
  'interregional_mobility',
  'labour_matching',
  'employer_session',
] as const

/**
 * One service given to an enterprise on a civil date: its kind, the advisor, the outcome and the follow-up. The Bilan
 * counts an enterprise as accompanied in a period when one of its services is dated in it (`enterprises-accompanied.ts`).
 */
export const advisorServices = employersSchema.table(
  'advisor_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    kind: text('kind', { enum: advisorServiceKinds }).notNull(),
    servedOn: date('served_on', { mode: 'string' }).notNull(),
    advisorId: uuid('advisor_id').references(() => users.id, { onDelete: 'set null' }),
    outcome: text('outcome'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('advisor_services_enterprise_idx').on(t.enterpriseId, t.servedOn),
    index('advisor_services_served_idx').on(t.servedOn),
    index('advisor_services_follow_up_idx').on(t.followUpOn),
    check('advisor_services_follow_up_check', sql`${t.followUpOn} is null or ${t.followUpOn} >= ${t.servedOn}`),
  ],
)
