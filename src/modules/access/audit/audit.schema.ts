import { bigint, bigserial, check, index, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { accessSchema } from '../access.schema.js'

/**
 * Append-only (a trigger refuses UPDATE and DELETE): who did what to which record, when and why. Each event is chained
 * to the previous one by a trigger (prev_hash, hash: see migrations/0005_audit_hash_chain.sql), so a rewrite by someone
 * who can bypass the trigger is caught by `escale audit verify`.
 */
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
    // The region of the record the event is about; null for events no region owns (accounts, tokens, sign-ins).
    regionCode: text('region_code'),
    // Set by the chaining trigger, never by the application.
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
    index('audit_events_region_idx').on(t.regionCode, t.id),
    index('audit_events_action_idx').on(t.action, t.id),
  ],
)

/** The end of the audit chain (one row): the last event's id and hash, locked by each append so the chain is linear. */
export const auditChainHead = accessSchema.table(
  'audit_chain_head',
  {
    id: integer('id').primaryKey().default(1),
    lastId: bigint('last_id', { mode: 'number' }).notNull().default(0),
    lastHash: text('last_hash').notNull(),
  },
  (t) => [check('audit_chain_head_single_row', sql`${t.id} = 1`)],
)
