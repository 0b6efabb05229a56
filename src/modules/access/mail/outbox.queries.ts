import { and, desc, eq, lt, ne } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { outbox } from './mail.schema.js'

/** One page of messages without their body (the list never reads the text), newest first; one more row says "more". */
export function listOutboxRows(db: Db, limit: number, offset: number) {
  return db
    .select({
      id: outbox.id,
      topic: outbox.topic,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      attempts: outbox.attempts,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit)
    .offset(offset)
}

export async function findOutboxRow(db: Db, id: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id))
  return row
}

/** Replaces the body of the messages of a topic created before a time (not already replaced); returns how many. */
export async function redactMailBodies(db: Db, topic: string, createdBefore: Date, text: string): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ bodyText: text })
    .where(and(eq(outbox.topic, topic), lt(outbox.createdAt, createdBefore), ne(outbox.bodyText, text)))
    .returning({ id: outbox.id })
  return rows.length
}

/** Deletes the messages created before a time, sent or not; returns how many. */
export async function deleteMailCreatedBefore(db: Db, before: Date): Promise<number> {
  const rows = await db.delete(outbox).where(lt(outbox.createdAt, before)).returning({ id: outbox.id })
  return rows.length
}
