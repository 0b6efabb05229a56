import { index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { contactLanguages, enterprises } from '../enterprises/enterprise.schema.js'
import { employersSchema } from '../employers.schema.js'

/** nouvelle → convertie (an enterprise record) or rejetée (spam, duplicate, out of scope). */
export const employerRequestStatuses = ['new', 'converted', 'rejected'] as const

/** An enterprise's request for help recruiting, sent from the public site: it waits in its region's advisors' queue. */
export const employerRequests = employersSchema.table(
  'employer_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    enterpriseName: text('enterprise_name').notNull(),
    neq: text('neq'),
    city: text('city').notNull(),
    contactName: text('contact_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    language: text('language', { enum: contactLanguages }).notNull(),
    positionsWanted: integer('positions_wanted'),
    message: text('message').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: employerRequestStatuses }).notNull().default('new'),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    rejectionReason: text('rejection_reason'),
    handledBy: uuid('handled_by').references(() => users.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [index('employer_requests_region_status_idx').on(t.regionCode, t.status, t.receivedAt)],
)
