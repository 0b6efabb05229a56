import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm'
import nodemailer from 'nodemailer'
import type { MailSettings } from '../../../platform/config.js'
import type { Db } from '../../../platform/db/database.js'
import { outbox } from './mail.schema.js'

/** After this many failed attempts a message is given up (shown as failed on the outbox page). */
export const MAX_ATTEMPTS = 5

/**
 * How long after its creation a message waits before attempt n+1 (minutes): a server that is down for a moment is
 * retried soon, one that stays down is not hammered. There is no "last attempt" column: the wait counts from creation.
 */
const RETRY_AFTER_MINUTES = [0, 1, 5, 30, 120] as const

/** At most this many messages are read per run (the rest waits for the next run, a minute later). */
const BATCH = 100

/**
 * A run stops trying new messages once this much time is spent, well within the job's 15-minute lease: with its
 * timeouts one unanswered message may take ~1.5 minutes, so a batch against a stalled server could otherwise run for
 * hours. What is left goes at the next run.
 */
export const TIME_BUDGET_MS = 10 * 60_000

/** What one run did, as counts (the job's result). */
export type DeliveryResult = { sent: number; failed: number; outbox: number }

/** What sends one message (nodemailer's transport in production; the same interface a test could wrap). */
type Transport = {
  sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown>
  close(): void
}

/** Masks what an SMTP error may carry about people or secrets: addresses and the credentials of a URL. */
export function maskedError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown }
  const message = typeof e?.message === 'string' ? e.message : String(error)
  const parts = [typeof e?.code === 'string' ? e.code : '', typeof e?.responseCode === 'number' ? e.responseCode : '']
  const text = `${parts.filter((p) => p !== '').join(' ')} ${message}`
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s/@]*@/gi, (m) => `${m.slice(0, m.indexOf('//') + 2)}***@`)
    .replace(/[^\s<>@"'(),;:/]+@[^\s<>@"'(),;:/]+/g, '***@***')
    .trim()
  return text.slice(0, 300)
}

/** Messages still waiting: never sent, not given up. */
export async function countPendingMail(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)))
  return row?.n ?? 0
}

/** The pending messages whose next attempt is due, oldest first. */
async function dueMail(db: Db, now: Date) {
  const waits = sql.raw(`array[${RETRY_AFTER_MINUTES.join(',')}]`)
  return db
    .select()
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        lt(outbox.attempts, MAX_ATTEMPTS),
        sql`${outbox.createdAt} + interval '1 minute' * (${waits})[${outbox.attempts} + 1] <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(outbox.createdAt))
    .limit(BATCH)
}

/** One message through the transport; its row says sent, or one more failed attempt with the masked error. */
async function deliver(db: Db, transport: Transport, from: string, row: typeof outbox.$inferSelect, now: Date) {
  try {
    await transport.sendMail({ from, to: row.toAddress, subject: row.subject, text: row.bodyText })
    await db
      .update(outbox)
      .set({ sentAt: now, attempts: row.attempts + 1, lastError: null })
      .where(eq(outbox.id, row.id))
    return true
  } catch (error) {
    await db
      .update(outbox)
      .set({ attempts: row.attempts + 1, lastError: maskedError(error) })
      .where(eq(outbox.id, row.id))
    return false
  }
}

/**
 * nodemailer's pooled SMTP transport for `SMTP_URL` (one connection reused for the run's messages, closed at its end),
 * with timeouts that keep a message short when the server does not answer.
 */
function smtpTransport(smtpUrl: string): Transport {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  })
}

/**
 * Sends the due messages of the outbox through SMTP, one by one, each marked sent or failed (attempts, masked error) as
 * soon as it is tried, so a crash mid-run resends at most one message; the run stops trying once its time budget is
 * spent. Without an SMTP server nothing is sent: the messages stay in the outbox admins read. The job runs on one node
 * at a time (its schedule row is claimed).
 */
export async function sendPendingMail(
  db: Db,
  settings: MailSettings,
  now: Date,
  budgetMs = TIME_BUDGET_MS,
): Promise<DeliveryResult> {
  if (!settings.smtpUrl) return { sent: 0, failed: 0, outbox: await countPendingMail(db) }
  const rows = await dueMail(db, now)
  let [sent, tried] = [0, 0]
  if (rows.length > 0) {
    // Elapsed time is measured on the monotonic clock: `now` is the run's fixed timestamp.
    const stopAt = performance.now() + budgetMs
    const transport = smtpTransport(settings.smtpUrl)
    try {
      for (const row of rows) {
        if (performance.now() >= stopAt) break
        tried++
        if (await deliver(db, transport, settings.from, row, now)) sent++
      }
    } finally {
      transport.close()
    }
  }
  return { sent, failed: tried - sent, outbox: await countPendingMail(db) }
}
