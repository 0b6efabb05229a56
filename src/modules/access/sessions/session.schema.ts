import { index, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'
import { users } from '../users/user.schema.js'

export const sessions = accessSchema.table(
  'sessions',
  {
    // SHA-256 of the cookie's token: a stolen database does not yield usable sessions.
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
)
