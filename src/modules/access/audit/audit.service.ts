import type { AuditVocabulary } from '../access.messages.js'
import { actorUserId, type Ctx } from '../actor.js'
import { assertCan } from '../policy.js'
import type { JournalQuery } from './audit.contracts.js'
import { type JournalEntry, presentAuditEntry } from './audit.presenter.js'
import { listAuditEntries } from './audit.queries.js'
import { auditEvents } from './audit.schema.js'

/** Events per journal page. */
export const JOURNAL_PAGE = 50

/** One audit event; written with ctx.db, so inside the caller's transaction when it has one. */
export type AuditInput = {
  action: string
  entityType: string
  entityId?: string | null
  reason?: string | null
  details?: Record<string, unknown>
  /**
   * The region of the record the event is about, when it has one: a director's journal shows only the events of their
   * scope's regions; events without a region are shown only to scope 'all'.
   */
  regionCode?: string | null
}

/**
 * Appends an audit event for the context's actor (no personal data in details: ids and field names only). A trigger
 * chains it to the previous event (hash chain) and holds the chain's end until the transaction ends.
 */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  await ctx.db.insert(auditEvents).values(auditValues(ctx, input))
}

const auditValues = (ctx: Ctx, input: AuditInput) => ({
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

/** Audit events per INSERT of `recordAuditMany` (9 parameters each, under PostgreSQL's 65 535). */
const AUDIT_BATCH = 5000

/**
 * Appends many audit events in their order, a few multi-row INSERTs instead of one per event (a bulk import): the
 * chain trigger runs for each row, in order, so the chain is the same as with `recordAudit` called event by event.
 */
export async function recordAuditMany(ctx: Ctx, inputs: readonly AuditInput[]): Promise<void> {
  for (let at = 0; at < inputs.length; at += AUDIT_BATCH) {
    const batch = inputs.slice(at, at + AUDIT_BATCH)
    await ctx.db.insert(auditEvents).values(batch.map((input) => auditValues(ctx, input)))
  }
}

/**
 * A page of the audit journal, newest first: only the events of the caller's regions (scope 'all' also sees events no
 * region owns), filtered; `older` is the position of the next page when there is one.
 */
export async function listJournal(
  ctx: Ctx,
  query: JournalQuery,
  vocabulary: AuditVocabulary,
): Promise<{ entries: JournalEntry[]; older: number | null }> {
  assertCan(ctx.actor, 'audit.read')
  const rows = await listAuditEntries(ctx.db, {
    regionCodes: ctx.scope.regionCodes,
    action: query.action,
    person: query.personne,
    record: query.enregistrement,
    from: query.du,
    to: query.au,
    before: query.avant,
    limit: JOURNAL_PAGE + 1,
  })
  const page = rows.slice(0, JOURNAL_PAGE)
  return {
    entries: page.map((row) => presentAuditEntry(row, vocabulary)),
    older: rows.length > JOURNAL_PAGE ? page.at(-1)!.id : null,
  }
}
