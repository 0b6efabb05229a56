import { sql } from 'drizzle-orm'
import { text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'

export const roles = ['agent', 'advisor', 'director', 'admin', 'partner'] as const
export const scopeKinds = ['all', 'directorate', 'region', 'service_point', 'organization'] as const

export const users = accessSchema.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    // The scope names a record of a higher module (territory, partners) by id, without a foreign key:
    // access sits below them and cannot know their tables.
    scopeKind: text('scope_kind', { enum: scopeKinds }).notNull(),
    scopeRef: text('scope_ref'),
    locale: text('locale', { enum: ['fr', 'en'] })
      .notNull()
      .default('fr'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
)
