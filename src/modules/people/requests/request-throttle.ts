import { lt, sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { sha256 } from '../../../platform/crypto.js'
import { AppError } from '../../../platform/errors.js'
import { publicRequestText } from './request.messages.js'
import { requestThrottles } from './request.schema.js'

/** Submissions of the public form accepted from one client address per window (a family may share one address). */
export const REQUESTS_PER_WINDOW = 10
/** The window of the count: one hour. */
export const REQUEST_WINDOW_MS = 60 * 60_000

/** The form's answer once an address has sent its accepted submissions of the window (429). */
export const tooManyRequests = () => new AppError('too_many', 'TOO_MANY_REQUESTS', publicRequestText.tooMany)

/** The address is kept only as a hash; `form` keeps each public form's count apart (the person's form by default). */
const keyOf = (clientAddress: string, form: string) => sha256(`${form}:${clientAddress}`)

/**
 * Whether a client address has already sent every accepted submission of its window, so the form answers 429 before
 * reading anything. Only a read: `countAcceptedRequest` counts.
 */
export async function requestLimitReached(
  db: Db,
  clientAddress: string,
  now: Date,
  form = 'online_request',
): Promise<boolean> {
  const at = sql`${now.toISOString()}::timestamptz`
  const [row] = await queryRows<{ attempts: number }>(
    db,
    sql`select attempts from people.request_throttles
      where key_hash = ${keyOf(clientAddress, form)}
        and window_started_at > ${at} - interval '1 millisecond' * ${REQUEST_WINDOW_MS}::float8`,
  )
  return Number(row?.attempts ?? 0) >= REQUESTS_PER_WINDOW
}

/**
 * Counts one accepted submission of the public form (stored, or dropped by the honeypot) from a client address and
 * says whether it is within the limit. Refused submissions (a typo, a missing consent) are not counted: a person who
 * corrects the form is not locked out. One statement (INSERT … ON CONFLICT DO UPDATE … RETURNING) counts atomically,
 * so several app nodes share one count. Run it inside the transaction that stores the request: the row lock orders one
 * address's submissions, and a submission that fails after it (over the limit, refused by the service) rolls its
 * count back with it.
 */
export async function countAcceptedRequest(
  db: Db,
  clientAddress: string,
  now: Date,
  form = 'online_request',
): Promise<boolean> {
  const at = sql`${now.toISOString()}::timestamptz`
  const expired = sql`t.window_started_at <= ${at} - interval '1 millisecond' * ${REQUEST_WINDOW_MS}::float8`
  const [row] = await queryRows<{ attempts: number }>(
    db,
    sql`insert into people.request_throttles as t (key_hash, attempts, window_started_at)
      values (${keyOf(clientAddress, form)}, 1, ${at})
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
