import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import { partnersSchema } from '../partners.schema.js'
import { programs, programVolets } from '../programs/program.schema.js'

/** en préparation → signée → en cours → terminée / résiliée (`agreement-lifecycle.ts` holds the legal moves). */
export const agreementStatuses = ['preparation', 'signed', 'in_progress', 'completed', 'terminated'] as const

/**
 * An agreement (entente) funding an organization under a program's volet, over at most three Québec fiscal years.
 * Amounts are in cents. The status dates say when each step happened (civil dates, Québec).
 */
export const agreements = partnersSchema.table(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    programCode: text('program_code')
      .notNull()
      .references(() => programs.code),
    voletId: uuid('volet_id').references(() => programVolets.id),
    title: text('title').notNull(),
    objectives: text('objectives'),
    /** The MRCs of the region the agreement covers; empty means the whole region. */
    mrcCodes: text('mrc_codes').array().notNull().default(sql`'{}'::text[]`),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: agreementStatuses }).notNull().default('preparation'),
    signedOn: date('signed_on', { mode: 'string' }),
    startedOn: date('started_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    terminationReason: text('termination_reason'),
    /** A PASI agreement that funds referral work: the organization's referral response time shows on it. */
    fundsReferrals: boolean('funds_referrals').notNull().default(false),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('agreements_reference_key').on(sql`lower(${t.reference})`),
    index('agreements_region_period_idx').on(t.regionCode, t.startOn, t.endOn),
    index('agreements_organization_idx').on(t.organizationId),
    check('agreements_period_check', sql`${t.endOn} >= ${t.startOn}`),
    check('agreements_total_check', sql`${t.totalCents} >= 0`),
  ],
)

/** The amount of an agreement for one Québec fiscal year (`fiscalYear` 2019 = April 1, 2019 – March 31, 2020). */
export const agreementAmounts = partnersSchema.table(
  'agreement_amounts',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fiscalYear: smallint('fiscal_year').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('agreement_amounts_key').on(t.agreementId, t.fiscalYear),
    check('agreement_amounts_positive_check', sql`${t.amountCents} >= 0`),
  ],
)

/** Every status change of an agreement: from, to, the civil date it took effect, who, and a comment. */
export const agreementEvents = partnersSchema.table(
  'agreement_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: agreementStatuses }),
    toStatus: text('to_status', { enum: agreementStatuses }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('agreement_events_agreement_idx').on(t.agreementId, t.at)],
)

/**
 * An amendment (avenant): numbered per agreement, signed on a date, with a summary and what it changed (`changes`:
 * the end date, the yearly amounts, before and after), applied to the agreement when recorded.
 */
export const amendments = partnersSchema.table(
  'amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    changes: jsonb('changes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('amendments_number_key').on(t.agreementId, t.number)],
)
