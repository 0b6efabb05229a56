import { index, date, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { persons } from '../../people/persons/person.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { candidateProfiles } from '../candidates/candidate.schema.js'
import { employersSchema } from '../employers.schema.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { employmentTypes, labourNeeds } from '../needs/labour-need.schema.js'

/** proposée → entrevue → embauchée, or refusée (with a reason); an answer can be taken back (reversible, audited). */
export const proposalStatuses = ['proposed', 'interview', 'hired', 'declined'] as const
export const declineReasons = [
  'skills',
  'french',
  'availability',
  'wage',
  'location',
  'candidate_withdrew',
  'other',
] as const

/** The advisor proposes a candidate for a labour need; the enterprise's answer moves it. One per need and candidate. */
export const proposals = employersSchema.table(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    labourNeedId: uuid('labour_need_id')
      .notNull()
      .references(() => labourNeeds.id),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => candidateProfiles.id),
    status: text('status', { enum: proposalStatuses }).notNull().default('proposed'),
    declineReason: text('decline_reason', { enum: declineReasons }),
    comment: text('comment'),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    answeredOn: date('answered_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('proposals_need_profile_key').on(t.labourNeedId, t.profileId),
    index('proposals_status_idx').on(t.status, t.proposedOn),
  ],
)

/** Each move of a proposal (including a taken-back answer): from, to, when, who, why. */
export const proposalEvents = employersSchema.table(
  'proposal_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    fromStatus: text('from_status', { enum: proposalStatuses }),
    toStatus: text('to_status', { enum: proposalStatuses }).notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('proposal_events_proposal_idx').on(t.proposalId, t.at)],
)

/**
 * A hire: who, where, when, which position, permanent or temporary. `origin_region_code` is the candidate's region when
 * hired and `region_code` the position's: when they differ, the hire is an interregional move (the mobility view).
 */
export const placements = employersSchema.table(
  'placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id').references(() => proposals.id),
    labourNeedId: uuid('labour_need_id')
      .notNull()
      .references(() => labourNeeds.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    hiredOn: date('hired_on', { mode: 'string' }).notNull(),
    positionTitle: text('position_title').notNull(),
    cnpCode: text('cnp_code').notNull(),
    employmentType: text('employment_type', { enum: employmentTypes }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    originRegionCode: text('origin_region_code')
      .notNull()
      .references(() => regions.code),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('placements_proposal_key').on(t.proposalId),
    index('placements_region_hired_idx').on(t.regionCode, t.hiredOn),
    index('placements_need_idx').on(t.labourNeedId),
  ],
)
