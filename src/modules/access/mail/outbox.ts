import type { Db } from '../../../platform/db/database.js'
import { outbox } from './mail.schema.js'

/** A message to send: what produced it (`partners.reminder`), to whom, its subject and plain-text body. */
export type Mail = { topic: string; to: string; subject: string; text: string }

/**
 * Puts messages in the outbox, in the caller's transaction: they are sent by the `mail.send` job (SMTP) or stay in the
 * outbox an admin reads when no SMTP server is configured. Nothing is sent if the transaction rolls back.
 */
export async function enqueueMail(db: Db, mails: readonly Mail[], now: Date): Promise<void> {
  if (mails.length === 0) return
  await db
    .insert(outbox)
    .values(
      mails.map((m) => ({ topic: m.topic, toAddress: m.to, subject: m.subject, bodyText: m.text, createdAt: now })),
    )
}
