import { date, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { servicePoints } from '../../territory/service-points/service-point.schema.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { peopleSchema } from '../people.schema.js'

export const interventionModes = ['in_person', 'phone', 'video', 'email'] as const

/**
 * Something the team did with or for the person. `occurredOn` is the civil date in Québec (America/Toronto offset
 * rules) and `regionCode` the region of the service point it was given from: the Bilan counts by both.
 */
export const interventions = peopleSchema.table(
  'interventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    mode: text('mode', { enum: interventionModes }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    summary: text('summary').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('interventions_dossier_idx').on(t.dossierId, t.occurredAt),
    // The counting rule: persons with an intervention in a period, by region.
    index('interventions_region_date_idx').on(t.regionCode, t.occurredOn, t.dossierId),
  ],
)
