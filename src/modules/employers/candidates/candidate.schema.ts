import { sql } from 'drizzle-orm'
import { check, date, index, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { persons } from '../../people/persons/person.schema.js'
import { mrcs, regions } from '../../territory/regions/region.schema.js'
import { employersSchema } from '../employers.schema.js'

/** Where the recognition of the person's diplomas or professional credentials stands. */
export const credentialStatuses = ['not_needed', 'not_started', 'in_progress', 'recognized', 'refused'] as const
/** What the person's status lets them accept: any job, an open work permit, or a permit tied to one employer. */
export const workPermits = ['permanent', 'open_permit', 'employer_specific', 'none'] as const

/**
 * An accompanied person's job-matching profile, kept only with the person's `job_matching` consent (checked at each
 * read: matching and pages leave out a profile whose consent is not active). `target_broad_categories` and
 * `target_minor_groups` are derived from `target_cnp_codes` by the service, for the matching's indexes.
 */
export const candidateProfiles = employersSchema.table(
  'candidate_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** CNP 2021 unit groups the person is looking for, best first. */
    targetCnpCodes: text('target_cnp_codes').array().notNull(),
    targetBroadCategories: text('target_broad_categories').array().notNull(),
    experienceYears: smallint('experience_years'),
    frenchLevel: smallint('french_level'),
    credentialStatus: text('credential_status', { enum: credentialStatuses }),
    workPermit: text('work_permit', { enum: workPermits }),
    availableOn: date('available_on', { mode: 'string' }),
    currentRegionCode: text('current_region_code')
      .notNull()
      .references(() => regions.code),
    currentMrcCode: text('current_mrc_code').references(() => mrcs.code),
    /** The regions the person would move to (interregional mobility). */
    mobilityRegionCodes: text('mobility_region_codes').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** A profile stops being matched when the person found work or stopped looking. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('candidate_profiles_person_key').on(t.personId),
    index('candidate_profiles_region_idx').on(t.currentRegionCode),
    index('candidate_profiles_broad_idx').using('gin', t.targetBroadCategories),
    index('candidate_profiles_mobility_idx').using('gin', t.mobilityRegionCodes),
    check('candidate_profiles_targets_check', sql`cardinality(${t.targetCnpCodes}) between 1 and 5`),
    check('candidate_profiles_french_check', sql`${t.frenchLevel} is null or ${t.frenchLevel} between 1 and 12`),
    check(
      'candidate_profiles_experience_check',
      sql`${t.experienceYears} is null or ${t.experienceYears} between 0 and 60`,
    ),
  ],
)
