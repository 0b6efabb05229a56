import { index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'
import { users } from '../users/user.schema.js'

/**
 * Every message the application sends. The `mail.send` job delivers the pending ones through SMTP (`SMTP_URL`); with no
 * SMTP server they stay here as the outbox an admin reads in the app. `sentAt` is set once delivered.
 */
export const outbox = accessSchema.table(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What produced it (`password.reset`, `partners.reminder`…), for the admin's list; never personal data. */
    topic: text('topic').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_created_idx').on(t.createdAt), index('outbox_pending_idx').on(t.sentAt, t.createdAt)],
)

/** A password reset link: only the hash of its token is kept; single use (`usedAt`), expiring (`expiresAt`). */
export const passwordResets = accessSchema.table(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
)
