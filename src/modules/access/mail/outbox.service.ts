import type { Db } from '../../../platform/db/database.js'
import { notFound } from '../../../platform/errors.js'
import { isUuid } from '../../../platform/validation.js'
import { type Ctx, inTransaction } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { assertCan } from '../policy.js'
import { RESET_MINUTES } from '../sessions/password-reset.service.js'
import { MAX_ATTEMPTS } from './mail-delivery.js'
import type { outbox } from './mail.schema.js'
import { deleteMailCreatedBefore, findOutboxRow, listOutboxRows, redactMailBodies } from './outbox.queries.js'

/** Messages per page of the outbox list. */
export const OUTBOX_PAGE_SIZE = 50

/** Where a message stands: waiting in the outbox (maybe after failed attempts), sent, or given up. */
export type MailStatus = 'pending' | 'sent' | 'failed'

/** A message as the outbox list shows it (never its body). */
export type OutboxEntry = {
  id: string
  createdAt: Date
  topic: string
  to: string
  subject: string
  status: MailStatus
  attempts: number
  sentAt: Date | null
}

/** One message, with its text and its last delivery error (masked). */
export type OutboxMessage = OutboxEntry & { text: string; lastError: string | null }

/** A row without its body: the list never reads the messages' text. */
type Row = Omit<typeof outbox.$inferSelect, 'bodyText' | 'lastError'>

function statusOf(row: Row): MailStatus {
  if (row.sentAt) return 'sent'
  return row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending'
}

function presentEntry(row: Row): OutboxEntry {
  return {
    id: row.id,
    createdAt: row.createdAt,
    topic: row.topic,
    to: row.toAddress,
    subject: row.subject,
    status: statusOf(row),
    attempts: row.attempts,
    sentAt: row.sentAt,
  }
}

/** One page of the outbox, newest first (admins), and whether an older page follows. */
export async function listOutbox(ctx: Ctx, page: number): Promise<{ entries: OutboxEntry[]; more: boolean }> {
  assertCan(ctx.actor, 'users.manage')
  const rows = await listOutboxRows(ctx.db, OUTBOX_PAGE_SIZE + 1, (page - 1) * OUTBOX_PAGE_SIZE)
  return { entries: rows.slice(0, OUTBOX_PAGE_SIZE).map(presentEntry), more: rows.length > OUTBOX_PAGE_SIZE }
}

/**
 * One message with its text (admins). Reading it is audited: a message may hold a password reset link, a secret as
 * good as the password while it is valid.
 */
export async function readOutboxMessage(ctx: Ctx, id: string): Promise<OutboxMessage> {
  assertCan(ctx.actor, 'users.manage')
  if (!isUuid(id)) throw notFound('mail')
  return inTransaction(ctx, async (tx) => {
    const row = await findOutboxRow(tx.db, id)
    if (!row) throw notFound('mail')
    await recordAudit(tx, {
      action: 'mail.viewed',
      entityType: 'mail',
      entityId: row.id,
      details: { topic: row.topic },
    })
    return { ...presentEntry(row), text: row.bodyText, lastError: row.lastError }
  })
}

/** Messages are kept this many days, sent or not, then deleted (Loi 25: no longer than needed). */
export const OUTBOX_RETENTION_DAYS = 90

/** What a password reset message says once its link has expired: the link itself is no longer kept. */
export const REDACTED_RESET_TEXT =
  'Le lien de réinitialisation a été retiré de ce message après son expiration.\n\n' +
  'The reset link was removed from this message after it expired.'

/**
 * The outbox's retention (the hourly purge job): a password reset message loses its body once its link has expired (a
 * link in clear is a secret as good as the password), and every message older than 90 days is deleted.
 */
export async function purgeOutbox(db: Db, now: Date): Promise<{ redacted: number; deleted: number }> {
  const linkExpired = new Date(now.getTime() - RESET_MINUTES * 60_000)
  const redacted = await redactMailBodies(db, 'password.reset', linkExpired, REDACTED_RESET_TEXT)
  const deleted = await deleteMailCreatedBefore(db, new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 86_400_000))
  return { redacted, deleted }
}
