import { lt, sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { sha256 } from '../../../platform/crypto.js'
import { requestThrottles } from './request.schema.js'

/** Submissions of the public form accepted from one client address per window (a family may share one address). */
export const REQUESTS_PER_WINDOW = 10
/** The window of the count: one hour. */
export const REQUEST_WINDOW_MS = 60 * 60_000

/**
 * Counts one submission of the public form from a client address and says whether it may go on. One statement
 * (INSERT … ON CONFLICT DO UPDATE … RETURNING) counts atomically, so several app nodes share one count; the address is
 * stored only as a hash. Run it outside the use case's transaction: a refused or failed submission stays counted.
 */
export async function countRequestAttempt(db: Db, clientAddress: string, now: Date): Promise<boolean> {
  const at = sql`${now.toISOString()}::timestamptz`
  const expired = sql`t.window_started_at <= ${at} - interval '1 millisecond' * ${REQUEST_WINDOW_MS}::float8`
  const [row] = await queryRows<{ attempts: number }>(
    db,
    sql`insert into people.request_throttles as t (key_hash, attempts, window_started_at)
      values (${sha256(`online_request:${clientAddress}`)}, 1, ${at})
      on conflict (key_hash) do update set
        attempts = case when ${expired} then 1 else t.attempts + 1 end,
        window_started_at = case when ${expired} then ${at} else t.window_started_at end
      returning t.attempts`,
  )
  return Number(row?.attempts) <= REQUESTS_PER_WINDOW
}

/** Forgets the counts whose window has ended (a housekeeping job may call it); returns how many. */
export async function purgeRequestThrottles(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(requestThrottles)
    .where(lt(requestThrottles.windowStartedAt, new Date(now.getTime() - REQUEST_WINDOW_MS)))
    .returning({ keyHash: requestThrottles.keyHash })
  return gone.length
}
