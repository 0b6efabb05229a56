import { sql } from 'drizzle-orm'
import { check, date, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { territorySchema } from '../territory.schema.js'
import { regions } from '../regions/region.schema.js'

export const hostKinds = ['services_quebec', 'mtess', 'mifi', 'partner', 'other'] as const

/** Where the team receives people: usually a desk in another ministry's office (time-versioned). */
export const servicePoints = territorySchema.table(
  'service_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    hostKind: text('host_kind', { enum: hostKinds }).notNull(),
    hostName: text('host_name').notNull(),
    streetAddress: text('street_address').notNull(),
    city: text('city').notNull(),
    postalCode: text('postal_code'),
    hoursFr: text('hours_fr'),
    hoursEn: text('hours_en'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_points_region_name_key').on(t.regionCode, sql`lower(${t.name})`),
    index('service_points_region_idx').on(t.regionCode, t.validFrom),
    check('service_points_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
)
