import { and, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../../platform/db/database.js'
import { users } from '../users/user.schema.js'
import { auditEvents } from './audit.schema.js'

export type AuditRow = {
  id: number
  occurredAt: Date
  actorUserId: string | null
  actorName: string | null
  action: string
  entityType: string
  subjectName: string | null
  reason: string | null
}

/** Which events to list: the regions in scope ('all' also shows events no region owns), filters, keyset position. */
export type AuditFilter = {
  regionCodes: 'all' | readonly string[]
  action?: string
  person?: string
  /** The id of the record the events are about. */
  record?: string
  from?: string
  to?: string
  before?: number
  limit: number
}

const actor = alias(users, 'actor')
const subject = alias(users, 'subject')
// Days are Québec's civil days, whatever the server's time zone.
const startOfDay = (date: string) => sql`((${date}::date)::timestamp at time zone 'America/Toronto')`
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

function conditions(f: AuditFilter): (SQL | undefined)[] {
  const pattern = f.person ? `%${escapeLike(f.person)}%` : undefined
  return [
    f.regionCodes === 'all'
      ? undefined
      : f.regionCodes.length
        ? inArray(auditEvents.regionCode, [...f.regionCodes])
        : sql`false`,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    // The person who acted or the account the event is about; accents and case do not matter.
    pattern
      ? or(
          sql`unaccent(${actor.displayName}) ilike unaccent(${pattern})`,
          sql`unaccent(${subject.displayName}) ilike unaccent(${pattern})`,
        )
      : undefined,
    f.record ? eq(auditEvents.entityId, f.record) : undefined,
    f.from ? gte(auditEvents.occurredAt, startOfDay(f.from)) : undefined,
    f.to ? lt(auditEvents.occurredAt, sql`${startOfDay(f.to)} + interval '1 day'`) : undefined,
    f.before ? lt(auditEvents.id, f.before) : undefined,
  ]
}

/** Audit events, newest first, `limit` at a time before the event id `before` (keyset pagination), with names. */
export function listAuditEntries(db: Db, filter: AuditFilter): Promise<AuditRow[]> {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorUserId: auditEvents.actorUserId,
      actorName: actor.displayName,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      subjectName: subject.displayName,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(subject, and(eq(auditEvents.entityType, 'user'), eq(sql`${subject.id}::text`, auditEvents.entityId)))
    .where(and(...conditions(filter)))
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit)
}
