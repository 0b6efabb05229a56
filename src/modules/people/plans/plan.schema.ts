import { date, index, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { organizations } from '../../partners/organizations/organization.schema.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { dossierNeeds } from '../needs/need.schema.js'
import { peopleSchema } from '../people.schema.js'

export const stepResponsibles = ['person', 'agent', 'partner'] as const
export const stepStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const

/** A step of the individualized action plan, tied to an assessed need; a partner step names the organization. */
export const planSteps = peopleSchema.table(
  'plan_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => dossierNeeds.id),
    action: text('action').notNull(),
    responsible: text('responsible', { enum: stepResponsibles }).notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status', { enum: stepStatuses }).notNull().default('planned'),
    doneOn: date('done_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_steps_dossier_idx').on(t.dossierId), index('plan_steps_due_idx').on(t.dueOn, t.status)],
)
