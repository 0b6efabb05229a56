import { and, eq, lt, or, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { queryRows } from '../../../platform/db/database.js'
import { sha256 } from '../../../platform/crypto.js'
import { signInThrottles, type throttleKinds } from './sign-in-throttle.schema.js'

export type ThrottleKind = (typeof throttleKinds)[number]

/** After `freeFailures` failures, each further attempt waits `firstDelayMs`, doubled at each failure, up to `maxDelayMs`. */
export type ThrottleRule = { freeFailures: number; firstDelayMs: number; maxDelayMs: number }

const MINUTE = 60_000

// OWASP (Authentication Cheat Sheet): slow guessing down with growing delays rather than a lock anyone can trigger.
// The per-address rule is looser: one office behind one address holds many people.
export const throttleRules: Record<ThrottleKind, ThrottleRule> = {
  account: { freeFailures: 5, firstDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
  address: { freeFailures: 20, firstDelayMs: MINUTE, maxDelayMs: 60 * MINUTE },
  password: { freeFailures: 5, firstDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
}

/** Failures older than this are forgotten: the count starts again. */
const FORGET_AFTER = '1 day'

/** A throttle's key: its kind and a hash of what it counts (a lower-cased email, a client address, an account id). */
export type ThrottleKey = { kind: ThrottleKind; keyHash: string }

/** The key of a throttle; the value itself is never stored. */
export function throttleKey(kind: ThrottleKind, value: string): ThrottleKey {
  return { kind, keyHash: sha256(`${kind}:${kind === 'account' ? value.trim().toLowerCase() : value}`) }
}

/**
 * Reserves one attempt, atomically, before the password is checked: it counts as a failure until `clearThrottle` or
 * `refundAttempt` says otherwise. Answers false while the key is held back. One statement (INSERT … ON CONFLICT DO
 * UPDATE … WHERE … RETURNING) locks the row, so concurrent attempts on several app nodes cannot all pass the check.
 * Run it outside any transaction: a failed attempt must stay counted when the use case fails.
 */
export async function reserveAttempt(db: Db, key: ThrottleKey, now: Date): Promise<boolean> {
  const rule = throttleRules[key.kind]
  const at = sql`${now.toISOString()}::timestamptz`
  const count = sql`(case when t.updated_at < ${at} - interval '${sql.raw(FORGET_AFTER)}' then 1 else t.failures + 1 end)`
  const blockedUntil = (n: ReturnType<typeof sql>) =>
    sql`case when ${n} >= ${rule.freeFailures}::int then ${at} + interval '1 millisecond' * least(${rule.maxDelayMs}::float8,
      ${rule.firstDelayMs}::float8 * power(2, least(${n} - ${rule.freeFailures}::int, 30))) end`
  const rows = await queryRows<{ failures: number }>(
    db,
    sql`insert into access.sign_in_throttles as t (kind, key_hash, failures, blocked_until, updated_at)
      values (${key.kind}, ${key.keyHash}, 1, ${blockedUntil(sql`1`)}, ${at})
      on conflict (kind, key_hash) do update set failures = ${count}, blocked_until = ${blockedUntil(count)}, updated_at = ${at}
      where t.blocked_until is null or t.blocked_until <= ${at}
      returning t.failures`,
  )
  return rows.length === 1
}

/** Forgets a key's failures (a successful sign-in or password change). */
export async function clearThrottle(db: Db, key: ThrottleKey): Promise<void> {
  await db
    .delete(signInThrottles)
    .where(and(eq(signInThrottles.kind, key.kind), eq(signInThrottles.keyHash, key.keyHash)))
}

/**
 * Gives back one reserved attempt that turned out to succeed, without forgetting the others: a valid sign-in from an
 * address does not wipe the failures of everyone else behind it.
 */
export async function refundAttempt(db: Db, key: ThrottleKey): Promise<void> {
  const free = throttleRules[key.kind].freeFailures
  await db
    .update(signInThrottles)
    .set({
      failures: sql`greatest(${signInThrottles.failures} - 1, 0)`,
      blockedUntil: sql`case when ${signInThrottles.failures} - 1 < ${free}::int then null else ${signInThrottles.blockedUntil} end`,
    })
    .where(and(eq(signInThrottles.kind, key.kind), eq(signInThrottles.keyHash, key.keyHash)))
}

/** Deletes the throttles nobody touched for a day and that hold nothing back any more; returns how many. */
export async function purgeStaleThrottles(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000)
  const gone = await db
    .delete(signInThrottles)
    .where(
      and(
        lt(signInThrottles.updatedAt, dayAgo),
        or(isNull(signInThrottles.blockedUntil), lt(signInThrottles.blockedUntil, now)),
      ),
    )
    .returning({ kind: signInThrottles.kind })
  return gone.length
}
