import { sql } from 'drizzle-orm'
import { bigint, boolean, check, date, index, integer, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { mrcs, regions } from '../../territory/regions/region.schema.js'
import { employersSchema } from '../employers.schema.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { cnpUnitGroups } from '../occupations/occupation.schema.js'

export const employmentTypes = ['permanent', 'temporary', 'seasonal'] as const
export const labourNeedStatuses = ['open', 'partially_filled', 'filled', 'cancelled'] as const
export const wageUnits = ['hour', 'year'] as const

/**
 * A labour need of an enterprise: positions in one CNP 2021 unit group with their requirements (French on the Québec
 * scale 1–12, experience, a regulated profession's credential), the offer and where. Its region is the enterprise's
 * unless the position is elsewhere; matching ranks candidates against it (`matching/`).
 */
export const labourNeeds = employersSchema.table(
  'labour_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    title: text('title').notNull(),
    cnpCode: text('cnp_code')
      .notNull()
      .references(() => cnpUnitGroups.code),
    positions: integer('positions').notNull(),
    frenchLevel: smallint('french_level'),
    /** ISO 639-1 codes of the other languages required. */
    otherLanguages: text('other_languages').array().notNull().default(sql`'{}'::text[]`),
    experienceYears: smallint('experience_years'),
    regulatedProfession: boolean('regulated_profession').notNull().default(false),
    credentialRequired: text('credential_required'),
    wageCents: bigint('wage_cents', { mode: 'number' }),
    wageUnit: text('wage_unit', { enum: wageUnits }),
    employmentType: text('employment_type', { enum: employmentTypes }).notNull(),
    city: text('city'),
    mrcCode: text('mrc_code').references(() => mrcs.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    startOn: date('start_on', { mode: 'string' }),
    status: text('status', { enum: labourNeedStatuses }).notNull().default('open'),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('labour_needs_enterprise_idx').on(t.enterpriseId),
    index('labour_needs_region_status_idx').on(t.regionCode, t.status),
    index('labour_needs_cnp_idx').on(t.cnpCode),
    check('labour_needs_positions_check', sql`${t.positions} > 0`),
    check('labour_needs_french_check', sql`${t.frenchLevel} is null or ${t.frenchLevel} between 1 and 12`),
    check('labour_needs_experience_check', sql`${t.experienceYears} is null or ${t.experienceYears} between 0 and 60`),
    check(
      'labour_needs_wage_check',
      sql`(${t.wageCents} is null) = (${t.wageUnit} is null) and coalesce(${t.wageCents}, 1) > 0`,
    ),
  ],
)
