import { sql } from 'drizzle-orm'
import { check, date, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { peopleSchema } from '../people.schema.js'

/** The four volets of the individualized action plan (Accompagnement Québec). */
export const volets = ['installation', 'francisation', 'employment', 'community'] as const
export const needPriorities = ['high', 'medium', 'low'] as const
export const needStatuses = ['identified', 'in_progress', 'met', 'dropped'] as const

/** The managed catalogue of needs, each under one volet; retired needs keep an end date, never disappear. */
export const needCatalogue = peopleSchema.table(
  'need_catalogue',
  {
    code: text('code').primaryKey(),
    volet: text('volet', { enum: volets }).notNull(),
    labelFr: text('label_fr').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: smallint('sort_order').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [check('need_catalogue_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`)],
)

/** A need assessed in a dossier: priority and notes (one row per catalogue need and dossier). */
export const dossierNeeds = peopleSchema.table(
  'dossier_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    needCode: text('need_code')
      .notNull()
      .references(() => needCatalogue.code),
    priority: text('priority', { enum: needPriorities }).notNull(),
    status: text('status', { enum: needStatuses }).notNull().default('identified'),
    notes: text('notes'),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessedBy: uuid('assessed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dossier_needs_dossier_need_key').on(t.dossierId, t.needCode)],
)
