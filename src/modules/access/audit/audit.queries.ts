import { desc, eq, lt } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { users } from '../users/user.schema.js'
import { auditEvents } from './audit.schema.js'

export type AuditEntry = {
  id: number
  occurredAt: Date
  actorEmail: string | null
  action: string
  entityType: string
  entityId: string | null
  reason: string | null
}

/** The latest audit events, newest first, `limit` at a time before the event id `before` (keyset pagination). */
export function listAuditEntries(db: Db, options: { limit: number; before?: number }): Promise<AuditEntry[]> {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorEmail: users.email,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(options.before ? lt(auditEvents.id, options.before) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(options.limit)
}
