import { date, index, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { persons } from '../persons/person.schema.js'
import { peopleSchema } from '../people.schema.js'

/** Loi 25: consent is given per purpose, to a versioned text. */
export const consentPurposes = ['referral_sharing', 'contact_sharing', 'job_matching', 'online_request'] as const

/** The versioned text a person consents to, per purpose; a new wording is a new version, old ones stay. */
export const consentTexts = peopleSchema.table(
  'consent_texts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', { enum: consentPurposes }).notNull(),
    version: integer('version').notNull(),
    textFr: text('text_fr').notNull(),
    textEn: text('text_en').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consent_texts_purpose_version_key').on(t.purpose, t.version)],
)

/** A person's consent to one purpose: who recorded it and when, until when, and its withdrawal. */
export const consents = peopleSchema.table(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    purpose: text('purpose', { enum: consentPurposes }).notNull(),
    textId: uuid('text_id')
      .notNull()
      .references(() => consentTexts.id),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('consents_person_idx').on(t.personId, t.purpose), index('consents_expiry_idx').on(t.expiresOn)],
)
