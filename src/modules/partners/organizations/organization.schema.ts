import { sql } from 'drizzle-orm'
import { boolean, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { regions } from '../../territory/regions/region.schema.js'
import { partnersSchema } from '../partners.schema.js'

export const organizationKinds = ['community', 'employment', 'local_development', 'literacy', 'other'] as const

/** A partner or resource organization of a region (minimal directory; agreements come later). */
export const organizations = partnersSchema.table(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    city: text('city'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    // Listed on the public regional page as a resource for immigrant persons.
    listedPublicly: boolean('listed_publicly').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_region_name_key').on(t.regionCode, sql`lower(${t.name})`),
    index('organizations_region_idx').on(t.regionCode),
  ],
)
