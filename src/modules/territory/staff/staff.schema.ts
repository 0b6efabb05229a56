import { sql } from 'drizzle-orm'
import { check, date, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../access/users/user.schema.js'
import { territorySchema } from '../territory.schema.js'
import { regions } from '../regions/region.schema.js'
import { servicePoints } from '../service-points/service-point.schema.js'

export const staffRoles = ['advisor', 'agent', 'director', 'admin', 'support'] as const

/** A member of the directorate's team in a region (time-versioned), optionally with a user account. */
export const staffMembers = territorySchema.table(
  'staff_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    email: text('email'),
    phone: text('phone'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_members_email_key').on(sql`lower(${t.email})`),
    index('staff_members_region_idx').on(t.regionCode, t.role),
    index('staff_members_service_point_idx').on(t.servicePointId),
    check('staff_members_period_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
)
