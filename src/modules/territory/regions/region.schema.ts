import { index, text } from 'drizzle-orm/pg-core'
import { territorySchema } from '../territory.schema.js'

/** The 17 administrative regions of Québec (reference data, loaded by migration). */
export const regions = territorySchema.table('regions', {
  code: text('code').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameEn: text('name_en').notNull(),
  slug: text('slug').notNull().unique(),
  // "en Gaspésie–Îles-de-la-Madeleine", "au Bas-Saint-Laurent": French prose needs the right preposition.
  locativeFr: text('locative_fr').notNull(),
})

/** MRCs and equivalent territories (reference data). */
export const mrcs = territorySchema.table(
  'mrcs',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    type: text('type', { enum: ['MRC', 'TE'] }).notNull(),
  },
  (t) => [index('mrcs_region_idx').on(t.regionCode)],
)
