// Sign-in through HTTP for the security part: the form post, the answer's one refusal message, the throttle rows.
import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { throttleKey } from '../../src/modules/access/sessions/sign-in-throttle.js'
import { type Db, queryRows } from '../../src/platform/db/database.js'
import { csrfToken, type TestApp } from '../../test/build-test-app.js'

/** Posts the sign-in form from a client address, as a browser with the CSRF cookie does. */
export function postSignIn(t: TestApp, email: string, password: string, remoteAddress: string, url = '/app/connexion') {
  const payload = new URLSearchParams({ email, password, _csrf: csrfToken }).toString()
  const headers = { 'content-type': 'application/x-www-form-urlencoded' }
  return t.injectAs(null, { method: 'POST', url, remoteAddress, headers, payload })
}

/** The one message of a refused sign-in (the error summary's alert). */
export const alertOf = (res: LightMyRequestResponse) =>
  /class="qc-notice qc-error error-summary" role="alert">.*?<p>([^<]*)<\/p>/s.exec(res.body)?.[1]

/** The session cookie a successful sign-in set. */
export const sessionOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'escale_session')

/** How long an account (by email) or an address is held back, in seconds from its last attempt; null when it is not. */
export async function heldBackSeconds(db: Db, kind: 'account' | 'address', value: string): Promise<number | null> {
  const key = throttleKey(kind, value)
  const [row] = await queryRows<{ s: number | null }>(
    db,
    sql`select extract(epoch from blocked_until - updated_at)::float8 as s from access.sign_in_throttles
      where kind = ${key.kind} and key_hash = ${key.keyHash}`,
  )
  return row?.s ?? null
}

/** Lets a hold expire, as time passing would: the next attempt is allowed and counted. */
export async function expireHold(db: Db, kind: 'account' | 'address', value: string): Promise<void> {
  const key = throttleKey(kind, value)
  await db.execute(
    sql`update access.sign_in_throttles set blocked_until = blocked_until - interval '1 day', updated_at = updated_at - interval '1 hour'
      where kind = ${key.kind} and key_hash = ${key.keyHash}`,
  )
}

/** Median time of a few calls, in milliseconds. */
export async function medianMs(times: number, call: (i: number) => Promise<unknown>): Promise<number> {
  const spent: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    await call(i)
    spent.push(performance.now() - start)
  }
  spent.sort((a, b) => a - b)
  return spent[Math.floor(times / 2)]!
}
