import { bigserial, index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { accessSchema } from '../access.schema.js'

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which record, when and why. */
export const auditEvents = accessSchema.table(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    reason: text('reason'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
  ],
)
