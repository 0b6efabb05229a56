import { sql } from 'drizzle-orm'
import { check, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { reportsSchema } from '../reports.schema.js'

/** The regional action plan's indicators (what a target is set on). */
export const targetIndicators = [
  'persons_accompanied',
  'enterprises_accompanied',
  'first_meeting_within_5_days',
  'referrals_closed_with_outcome',
] as const
export type TargetIndicator = (typeof targetIndicators)[number]

/**
 * A region's target for one indicator in one Québec fiscal year (April 1 to March 31, named by the year it starts):
 * a count for the counts, a share in basis points (0–10 000) for the shares.
 */
export const targets = reportsSchema.table(
  'targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    fiscalYear: integer('fiscal_year').notNull(),
    indicator: text('indicator', { enum: targetIndicators }).notNull(),
    target: integer('target').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('targets_region_year_indicator_key').on(t.regionCode, t.fiscalYear, t.indicator),
    check('targets_target_check', sql`${t.target} >= 0`),
    check('targets_fiscal_year_check', sql`${t.fiscalYear} between 2000 and 2100`),
  ],
)
