import { check, index, smallint, text } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { employersSchema } from '../employers.schema.js'

/** The levels of the CNP 2021 hierarchy above the unit group, by the length of their code (1 to 4 digits). */
export const cnpLevels = ['broad_category', 'major_group', 'sub_major_group', 'minor_group'] as const

/** CNP 2021 (NOC 2021 v1.0) broad categories, major, sub-major and minor groups: reference data (migration 0014). */
export const cnpGroups = employersSchema.table('cnp_groups', {
  code: text('code').primaryKey(),
  level: text('level', { enum: cnpLevels }).notNull(),
  titleEn: text('title_en').notNull(),
  /** Empty in the reference file for all but the broad categories (see SOURCES.md): the English title stands in. */
  titleFr: text('title_fr'),
})

/**
 * The 516 CNP 2021 unit groups (5 digits) with their TEER (2nd digit) and their groups (the first 1–4 digits).
 * `search_folded` holds the code and both titles, accents and case folded, for the accent-insensitive picker.
 */
export const cnpUnitGroups = employersSchema.table(
  'cnp_unit_groups',
  {
    code: text('code').primaryKey(),
    teer: smallint('teer').notNull(),
    broadCategory: text('broad_category').notNull(),
    majorGroup: text('major_group').notNull(),
    subMajorGroup: text('sub_major_group').notNull(),
    minorGroup: text('minor_group').notNull(),
    titleEn: text('title_en').notNull(),
    titleFr: text('title_fr'),
    searchFolded: text('search_folded')
      .notNull()
      .generatedAlwaysAs(sql`people.fold(code || ' ' || title_en || ' ' || coalesce(title_fr, ''))`),
  },
  (t) => [
    check('cnp_unit_groups_code_check', sql`${t.code} ~ '^[0-9]{5}$' and ${t.teer} between 0 and 5`),
    index('cnp_unit_groups_minor_idx').on(t.minorGroup),
  ],
)

/** SCIAN 2022 (NAICS) sectors, two-digit or ranged codes such as 31-33: reference data (migration 0014). */
export const scianSectors = employersSchema.table('scian_sectors', {
  code: text('code').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameEn: text('name_en').notNull(),
})
