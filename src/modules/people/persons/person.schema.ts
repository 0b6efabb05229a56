import { sql } from 'drizzle-orm'
import { check, date, index, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { mrcs, regions } from '../../territory/regions/region.schema.js'
import { peopleSchema } from '../people.schema.js'

export const genders = ['female', 'male', 'another'] as const
/** Immigration categories (MIFI): permanent residence first, then temporary statuses. */
export const permanentCategories = [
  'economic',
  'family_reunification',
  'government_assisted_refugee',
  'sponsored_refugee',
  'protected_person',
  'other_permanent',
] as const
export const temporaryCategories = [
  'temporary_foreign_worker',
  'international_student',
  'asylum_seeker',
  'other_temporary',
] as const
export const immigrationCategories = [...permanentCategories, ...temporaryCategories] as const
export const householdRelations = ['principal', 'spouse', 'child', 'parent', 'sibling', 'other'] as const
export const preferredLanguages = ['fr', 'en'] as const

/**
 * An immigrant person accompanied by the directorate. `name_folded` (generated: accents and case folded by the
 * immutable `people.fold`) carries the trigram index of the duplicate check and the search.
 */
export const persons = peopleSchema.table(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    nameFolded: text('name_folded').notNull().generatedAlwaysAs(sql`people.fold(given_name || ' ' || family_name)`),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    gender: text('gender', { enum: genders }),
    /** ISO 3166-1 alpha-2. */
    countryOfBirth: text('country_of_birth'),
    citizenships: text('citizenships').array().notNull().default(sql`'{}'::text[]`),
    /** ISO 639-1 codes of the languages the person speaks. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    // Échelle québécoise des niveaux de compétence en français (1–12), per skill.
    frenchOralComprehension: smallint('french_oral_comprehension'),
    frenchOralProduction: smallint('french_oral_production'),
    frenchWrittenComprehension: smallint('french_written_comprehension'),
    frenchWrittenProduction: smallint('french_written_production'),
    immigrationCategory: text('immigration_category', { enum: immigrationCategories }),
    statusObtainedOn: date('status_obtained_on', { mode: 'string' }),
    statusExpiresOn: date('status_expires_on', { mode: 'string' }),
    arrivalDate: date('arrival_date', { mode: 'string' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    mrcCode: text('mrc_code').references(() => mrcs.code),
    email: text('email'),
    phone: text('phone'),
    streetAddress: text('street_address'),
    city: text('city'),
    postalCode: text('postal_code'),
    preferredLanguage: text('preferred_language', { enum: preferredLanguages }).notNull().default('fr'),
    /** Persons of one household share this id; `householdRelation` says who they are to its principal. */
    householdId: uuid('household_id'),
    householdRelation: text('household_relation', { enum: householdRelations }),
    /** Loi 25 retention: set when the file was anonymized (names and contacts erased, counts kept). */
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    index('persons_birth_date_idx').on(t.birthDate),
    index('persons_region_idx').on(t.regionCode),
    index('persons_household_idx').on(t.householdId),
    check(
      'persons_french_levels_check',
      sql`coalesce(${t.frenchOralComprehension}, 1) between 1 and 12 and coalesce(${t.frenchOralProduction}, 1) between 1 and 12
        and coalesce(${t.frenchWrittenComprehension}, 1) between 1 and 12 and coalesce(${t.frenchWrittenProduction}, 1) between 1 and 12`,
    ),
  ],
)
