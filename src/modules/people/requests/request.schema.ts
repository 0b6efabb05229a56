import { date, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { staffMembers } from '../../territory/staff/staff.schema.js'
import { consentTexts } from '../consents/consent.schema.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { preferredLanguages } from '../persons/person.schema.js'
import { peopleSchema } from '../people.schema.js'

/** nouvelle → assignée → convertie en dossier, or rejetée (spam, duplicate, out of scope). */
export const requestStatuses = ['new', 'assigned', 'converted', 'rejected'] as const

/** A request for accompaniment sent from the public site: it waits in its region's triage queue. */
export const supportRequests = peopleSchema.table(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    email: text('email'),
    phone: text('phone'),
    preferredLanguage: text('preferred_language', { enum: preferredLanguages }).notNull(),
    message: text('message'),
    consentTextId: uuid('consent_text_id')
      .notNull()
      .references(() => consentTexts.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: requestStatuses }).notNull().default('new'),
    assignedTo: uuid('assigned_to').references(() => staffMembers.id),
    dossierId: uuid('dossier_id').references(() => dossiers.id),
    rejectionReason: text('rejection_reason'),
    handledBy: uuid('handled_by').references(() => users.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [index('support_requests_region_status_idx').on(t.regionCode, t.status, t.receivedAt)],
)

/**
 * Online requests sent from one client address in the current window, in the database so every app node counts the
 * same submissions. Keyed by a hash of the address: the table names no one.
 */
export const requestThrottles = peopleSchema.table(
  'request_throttles',
  {
    keyHash: text('key_hash').primaryKey(),
    attempts: integer('attempts').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_throttles_window_idx').on(t.windowStartedAt)],
)
