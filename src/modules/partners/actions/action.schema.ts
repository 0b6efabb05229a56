import { sql } from 'drizzle-orm'
import { check, date, index, integer, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { agreements } from '../agreements/agreement.schema.js'
import { partnersSchema } from '../partners.schema.js'
import { partnerReports } from '../reporting/report.schema.js'

/** The managed catalogue of local action kinds (seeded with the Bilan's twelve), extendable, retired with an end date. */
export const actionKinds = partnersSchema.table(
  'action_kinds',
  {
    code: text('code').primaryKey(),
    nameFr: text('name_fr').notNull(),
    nameEn: text('name_en').notNull(),
    sortOrder: smallint('sort_order').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [check('action_kinds_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`)],
)

/** A local action funded by an agreement: what, when, where, how many took part, with whom. */
export const localActions = partnersSchema.table(
  'actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    /** The agreement's region, kept here for scope and counts. */
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    kindCode: text('kind_code')
      .notNull()
      .references(() => actionKinds.code),
    title: text('title').notNull(),
    description: text('description'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    municipality: text('municipality'),
    mrcCode: text('mrc_code'),
    immigrantParticipants: integer('immigrant_participants'),
    totalParticipants: integer('total_participants'),
    partnersInvolved: text('partners_involved'),
    /** The partner report that declared it, when it came through the portal. */
    reportId: uuid('report_id').references(() => partnerReports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('actions_region_period_idx').on(t.regionCode, t.startOn),
    index('actions_agreement_idx').on(t.agreementId),
    check('actions_period_check', sql`${t.endOn} >= ${t.startOn}`),
    check(
      'actions_participants_check',
      sql`${t.immigrantParticipants} is null or ${t.totalParticipants} is null or ${t.immigrantParticipants} <= ${t.totalParticipants}`,
    ),
  ],
)
