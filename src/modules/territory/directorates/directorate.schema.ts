import { sql } from 'drizzle-orm'
import { check, date, index, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { territorySchema } from '../territory.schema.js'
import { regions } from '../regions/region.schema.js'

export const directorates = territorySchema.table('directorates', {
  id: uuid('id').primaryKey().defaultRandom(),
  nameFr: text('name_fr').notNull().unique(),
  nameEn: text('name_en').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Which directorate serves which region, over time (valid_to is exclusive; null = still in force). */
export const directorateRegions = territorySchema.table(
  'directorate_regions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    directorateId: uuid('directorate_id')
      .notNull()
      .references(() => directorates.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('directorate_regions_region_idx').on(t.regionCode, t.validFrom),
    index('directorate_regions_directorate_idx').on(t.directorateId),
    check('directorate_regions_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
)

export const contactKinds = ['email', 'phone'] as const

/** Public contact channels of a directorate for a region (the seed's email and toll-free number). */
export const contactChannels = territorySchema.table(
  'contact_channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    directorateId: uuid('directorate_id').references(() => directorates.id),
    regionCode: text('region_code').references(() => regions.code),
    kind: text('kind', { enum: contactKinds }).notNull(),
    value: text('value').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('contact_channels_region_idx').on(t.regionCode),
    check('contact_channels_owner_check', sql`${t.directorateId} is not null or ${t.regionCode} is not null`),
  ],
)
