import { boolean, date, index, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { organizations } from '../../partners/organizations/organization.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { consents } from '../consents/consent.schema.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { peopleSchema } from '../people.schema.js'

/**
 * Closed loop: envoyée → reçue → acceptée / refusée → en cours → complétée / non complétée; expirée without an answer
 * in time; réacheminée when the agent sends it to another organization instead; annulée by the agent.
 */
export const referralStatuses = [
  'sent',
  'received',
  'accepted',
  'declined',
  'in_progress',
  'completed',
  'not_completed',
  'expired',
  'rerouted',
  'cancelled',
] as const

/** A referral of a dossier to a partner organization, with what the person consented to share. */
export const referrals = peopleSchema.table(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** The region of the dossier when it was sent (scope and counts). */
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The service wanted, in the agent's words, and the needs and plan steps it concerns (shared if consented). */
    serviceWanted: text('service_wanted').notNull(),
    message: text('message'),
    needIds: uuid('need_ids').array().notNull(),
    stepIds: uuid('step_ids').array().notNull(),
    shareContact: boolean('share_contact').notNull().default(false),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    status: text('status', { enum: referralStatuses }).notNull().default('sent'),
    declineReason: text('decline_reason'),
    outcome: text('outcome'),
    /** No answer by this working day: the expiry job marks it expired. */
    answerDueOn: date('answer_due_on', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    reroutedFromId: uuid('rerouted_from_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('referrals_dossier_idx').on(t.dossierId),
    index('referrals_organization_idx').on(t.organizationId, t.status, t.sentAt),
    index('referrals_region_status_idx').on(t.regionCode, t.status, t.answerDueOn),
  ],
)

/** Every status change of a referral, by whom (agent or partner user), with its comment: the loop's history. */
export const referralEvents = peopleSchema.table(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    fromStatus: text('from_status', { enum: referralStatuses }),
    toStatus: text('to_status', { enum: referralStatuses }).notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.at)],
)
