import { sql } from 'drizzle-orm'
import { date, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { servicePoints } from '../../territory/service-points/service-point.schema.js'
import { staffMembers } from '../../territory/staff/staff.schema.js'
import { persons } from '../persons/person.schema.js'
import { peopleSchema } from '../people.schema.js'

export const intakeChannels = [
  'pre_departure',
  'airport_welcome',
  'walk_in',
  'online_request',
  'partner_referral',
  'regional_transfer',
] as const
/** Parcours: ouvert → évaluation → plan actif → suivi → fermé (reopen goes back to ouvert). */
export const dossierStatuses = ['open', 'assessment', 'active_plan', 'follow_up', 'closed'] as const
export const closureReasons = [
  'goals_met',
  'moved_out_of_region',
  'no_longer_reachable',
  'declined_service',
  'transferred',
  'other',
] as const

/** Numbers the dossiers (AQ-<year>-<6 digits>); gaps after a rollback are harmless. */
export const dossierNumberSeq = peopleSchema.sequence('dossier_number_seq', { startWith: 1 })

/** A person's Accompagnement Québec file in a region: who follows it, where, and where it stands. */
export const dossiers = peopleSchema.table(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number quoted on the phone: AQ-<year>-<6 digits>, from `people.dossier_number_seq`. */
    number: text('number').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    agentId: uuid('agent_id').references(() => staffMembers.id),
    intakeChannel: text('intake_channel', { enum: intakeChannels }).notNull(),
    status: text('status', { enum: dossierStatuses }).notNull().default('open'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    /** The arrival or the request: the first meeting is due 5 working days after it. */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    firstMeetingDueOn: date('first_meeting_due_on', { mode: 'string' }).notNull(),
    firstMeetingOn: date('first_meeting_on', { mode: 'string' }),
    nextFollowUpOn: date('next_follow_up_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    closureReason: text('closure_reason', { enum: closureReasons }),
    closureNote: text('closure_note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossiers_number_key').on(t.number),
    index('dossiers_person_idx').on(t.personId),
    // The Bilan's persons accompanied (interventions → their dossiers' persons): an index-only probe per intervention
    // instead of hashing every dossier, for a region-period of a few thousand interventions (issue 9, bench/reports.ts).
    index('dossiers_id_person_idx').on(t.id, t.personId),
    index('dossiers_list_idx').on(t.regionCode, t.status, t.createdAt, t.id),
    index('dossiers_agent_idx').on(t.agentId, t.status),
    index('dossiers_service_point_idx').on(t.servicePointId),
    index('dossiers_first_meeting_idx').on(t.firstMeetingDueOn).where(sql`${t.firstMeetingOn} is null`),
  ],
)

/**
 * Where a dossier was before each transfer (mobilité interrégionale): staff of the earlier region keep reading the
 * history their scope covered, the new region works the dossier.
 */
export const dossierTransfers = peopleSchema.table(
  'dossier_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    fromRegionCode: text('from_region_code')
      .notNull()
      .references(() => regions.code),
    fromServicePointId: uuid('from_service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    toRegionCode: text('to_region_code')
      .notNull()
      .references(() => regions.code),
    toServicePointId: uuid('to_service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    reason: text('reason'),
    transferredAt: timestamp('transferred_at', { withTimezone: true }).notNull(),
    transferredBy: uuid('transferred_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('dossier_transfers_dossier_idx').on(t.dossierId),
    index('dossier_transfers_from_idx').on(t.fromRegionCode),
  ],
)

/** Lifecycle changes of a dossier (status, reopen, assignment), for its timeline. */
export const dossierEvents = peopleSchema.table(
  'dossier_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind', {
      enum: ['opened', 'status_changed', 'assigned', 'closed', 'reopened', 'transferred'],
    }).notNull(),
    fromStatus: text('from_status', { enum: dossierStatuses }),
    toStatus: text('to_status', { enum: dossierStatuses }),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
)
