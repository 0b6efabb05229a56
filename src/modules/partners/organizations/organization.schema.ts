import { sql } from 'drizzle-orm'
import { boolean, index, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { partnersSchema } from '../partners.schema.js'

/**
 * What an organization is: community organization, carrefour jeunesse-emploi, CLD, municipality, MRC, school service
 * centre, cooperative, employment service, literacy group, other.
 */
export const organizationKinds = [
  'community',
  'youth_employment',
  'local_development',
  'municipality',
  'mrc',
  'school_service_centre',
  'cooperative',
  'employment',
  'literacy',
  'other',
] as const

/**
 * The services an organization offers, each under one of the four volets of Accompagnement Québec (installation,
 * francisation, employment, community): `organization-services.ts` names them and ties them to their volet.
 */
export const serviceCategories = [
  'reception_settlement',
  'housing',
  'administrative_procedures',
  'french_courses',
  'literacy',
  'language_pairing',
  'employment_help',
  'credential_recognition',
  'entrepreneurship',
  'intercultural_activities',
  'family_youth',
  'community_life',
] as const

/** How much room the organization has today, as the partner itself says. */
export const capacityStatuses = ['available', 'limited', 'full', 'waiting_list'] as const

/** A partner or resource organization of a region: the directory, the agreements' counterpart, the portal's account. */
export const organizations = partnersSchema.table(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    description: text('description'),
    streetAddress: text('street_address'),
    city: text('city'),
    postalCode: text('postal_code'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    /** Service categories (`serviceCategories`), ISO 639-1 languages, and the territories served beyond its own. */
    services: text('services').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    servedRegionCodes: text('served_region_codes').array().notNull().default(sql`'{}'::text[]`),
    servedMrcCodes: text('served_mrc_codes').array().notNull().default(sql`'{}'::text[]`),
    // Listed on the public regional page as a resource for immigrant persons.
    listedPublicly: boolean('listed_publicly').notNull().default(true),
    /** Capacity kept up to date by the partner: status, persons waiting, a note, and when and by whom. */
    capacityStatus: text('capacity_status', { enum: capacityStatuses }),
    waitingCount: integer('waiting_count'),
    capacityNote: text('capacity_note'),
    capacityUpdatedAt: timestamp('capacity_updated_at', { withTimezone: true }),
    capacityUpdatedBy: uuid('capacity_updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_region_name_key').on(t.regionCode, sql`lower(${t.name})`),
    index('organizations_region_idx').on(t.regionCode),
  ],
)
