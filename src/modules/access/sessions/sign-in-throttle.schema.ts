import { index, integer, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'

/** What a throttle counts failures of: sign-ins per account or per client address, password changes per account. */
export const throttleKinds = ['account', 'address', 'password'] as const

/**
 * Failed attempts and growing delays, in the database so every app node counts the same attempts. Keyed by a hash
 * (of the lower-cased email, the client address or the account id): the table names no one.
 */
export const signInThrottles = accessSchema.table(
  'sign_in_throttles',
  {
    kind: text('kind', { enum: throttleKinds }).notNull(),
    keyHash: text('key_hash').notNull(),
    failures: integer('failures').notNull().default(0),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.keyHash] }), index('sign_in_throttles_updated_idx').on(t.updatedAt)],
)
