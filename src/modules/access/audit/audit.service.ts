import { actorUserId, type Ctx } from '../actor.js'
import { auditEvents } from './audit.schema.js'

/** One audit event; written with ctx.db, so inside the caller's transaction when it has one. */
export type AuditInput = {
  action: string
  entityType: string
  entityId?: string | null
  reason?: string | null
  details?: Record<string, unknown>
  /** The region of the record, when it has one: a director's journal shows only their regions' events. */
  regionCode?: string | null
}

/**
 * Appends an audit event for the context's actor (no personal data in details: ids and field names only). A trigger
 * chains it to the previous event (hash chain) and holds the chain's end until the transaction ends.
 */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  await ctx.db.insert(auditEvents).values({
    occurredAt: ctx.now,
    actorUserId: actorUserId(ctx.actor),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    reason: input.reason ?? (ctx.actor.kind === 'system' ? ctx.actor.label : null),
    requestId: ctx.requestId ?? null,
    details: input.details ?? null,
    regionCode: input.regionCode ?? null,
  })
}
