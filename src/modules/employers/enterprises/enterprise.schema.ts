import { sql } from 'drizzle-orm'
import { check, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { mrcs, regions } from '../../territory/regions/region.schema.js'
import { employersSchema } from '../employers.schema.js'
import { scianSectors } from '../occupations/occupation.schema.js'

/** Employees, in Statistics Canada's usual size bands. */
export const sizeBands = ['1-4', '5-19', '20-99', '100-499', '500+'] as const
export const contactLanguages = ['fr', 'en'] as const

/**
 * An enterprise the region's advisors serve. `neq` is the Québec enterprise number (10 digits, unique when known);
 * `name_folded` (accents, case and punctuation folded) carries the duplicate check and the search.
 */
export const enterprises = employersSchema.table(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    legalName: text('legal_name').notNull(),
    nameFolded: text('name_folded').notNull().generatedAlwaysAs(sql`people.fold(legal_name)`),
    neq: text('neq'),
    scianCode: text('scian_code')
      .notNull()
      .references(() => scianSectors.code),
    sizeBand: text('size_band', { enum: sizeBands }),
    streetAddress: text('street_address'),
    /** The municipality. */
    city: text('city').notNull(),
    cityFolded: text('city_folded').notNull().generatedAlwaysAs(sql`people.fold(city)`),
    postalCode: text('postal_code'),
    mrcCode: text('mrc_code').references(() => mrcs.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('enterprises_neq_key').on(t.neq),
    index('enterprises_region_idx').on(t.regionCode, t.nameFolded),
    index('enterprises_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    check('enterprises_neq_check', sql`${t.neq} is null or ${t.neq} ~ '^[0-9]{10}$'`),
  ],
)

/** A person to talk to at an enterprise. */
export const enterpriseContacts = employersSchema.table(
  'enterprise_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    language: text('language', { enum: contactLanguages }).notNull().default('fr'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('enterprise_contacts_enterprise_idx').on(t.enterpriseId)],
)
