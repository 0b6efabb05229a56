import { sql } from 'drizzle-orm'
import { check, date, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { partnersSchema } from '../partners.schema.js'

/**
 * The ministry's funding programs (managed reference data): PAC, PASI, Mobilisation-Diversité, Réussir l'intégration,
 * Soutien à la mission. A program stops taking agreements after `validTo`; it never disappears.
 */
export const programs = partnersSchema.table(
  'programs',
  {
    code: text('code').primaryKey(),
    nameFr: text('name_fr').notNull(),
    nameEn: text('name_en').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [check('programs_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`)],
)

/** A volet of a program (PAC volet 1 municipalities and MRCs; PASI volet « Soutien à Accompagnement Québec »…). */
export const programVolets = partnersSchema.table(
  'program_volets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programCode: text('program_code')
      .notNull()
      .references(() => programs.code),
    code: text('code').notNull(),
    nameFr: text('name_fr').notNull(),
    nameEn: text('name_en').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('program_volets_program_code_key').on(t.programCode, t.code),
    check('program_volets_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
)
