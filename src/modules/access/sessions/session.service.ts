import { and, eq, gt, lt } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { randomToken, sha256 } from '../../../platform/crypto.js'
import { parseInput } from '../../../platform/validation.js'
import { type Actor, type Ctx, inTransaction, type Locale, type Role } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { decoyHash, verifyPassword } from '../users/password.js'
import { type SignInInput, signInInput } from '../users/user.contracts.js'
import { findUserByEmail, findUserById, type UserRow } from '../users/user.queries.js'
import { users } from '../users/user.schema.js'
import { actorOfUser } from '../users/user.presenter.js'
import { sessions } from './session.schema.js'
import {
  clearThrottle,
  purgeStaleThrottles,
  refundAttempt,
  reserveAttempt,
  type ThrottleKey,
  throttleKey,
} from './sign-in-throttle.js'

export const SESSION_DAYS = 7

// One answer for every refusal: it must not tell whether the account exists, is disabled or is held back.
const badCredentials = () =>
  new AppError('unauthenticated', 'BAD_CREDENTIALS', {
    fr: 'Adresse courriel ou mot de passe incorrect. Après plusieurs essais, il faut attendre quelques minutes avant de réessayer.',
    en: 'Incorrect email address or password. After several tries, you have to wait a few minutes before trying again.',
  })

/** Where an attempt comes from: over HTTP, the client address, which is throttled too. */
export type SignInOrigin = { address?: string }
export type SignInResult = { token: string; userId: string; role: Role; locale: Locale }
type Keys = { account: ThrottleKey; address: ThrottleKey | null }

/**
 * Checks credentials and opens a session. Unknown email, wrong password, disabled account and an attempt held back by
 * a throttle (per account, per client address) all answer the same error after the same work: one argon2 check.
 * Each attempt is reserved in the throttles before the check, so call this outside a transaction.
 */
export async function signIn(ctx: Ctx, raw: SignInInput, origin: SignInOrigin = {}): Promise<SignInResult> {
  const input = parseInput(signInInput, raw)
  const keys: Keys = {
    account: throttleKey('account', input.email),
    address: origin.address ? throttleKey('address', origin.address) : null,
  }
  const allowed = await reserve(ctx, keys)
  const user = await findUserByEmail(ctx.db, input.email)
  const candidate = allowed && user && !user.disabledAt ? user : undefined
  // Against a decoy hash when there is nothing to check, so that timing does not tell either.
  const matches = await verifyPassword(candidate?.passwordHash ?? (await decoyHash()), input.password)
  if (!candidate || !matches) {
    // A held-back attempt checked no password: only checked ones are recorded, and only for an existing account.
    if (allowed && user)
      await recordAudit(ctx, { action: 'user.sign_in_failed', entityType: 'user', entityId: user.id })
    throw badCredentials()
  }
  return openSession(ctx, candidate, keys)
}

/** The address first: an address already held back does not lengthen the delays of the accounts it tries. */
async function reserve(ctx: Ctx, keys: Keys): Promise<boolean> {
  if (keys.address && !(await reserveAttempt(ctx.db, keys.address, ctx.now))) return false
  return reserveAttempt(ctx.db, keys.account, ctx.now)
}

async function openSession(ctx: Ctx, user: UserRow, keys: Keys): Promise<SignInResult> {
  const token = randomToken()
  // The person who signed in is the actor of the event, not the system.
  await inTransaction({ ...ctx, actor: actorOfUser(user, 'session') }, async (tx) => {
    await tx.db.insert(sessions).values({
      id: sha256(token),
      userId: user.id,
      createdAt: tx.now,
      lastSeenAt: tx.now,
      expiresAt: new Date(tx.now.getTime() + SESSION_DAYS * 86_400_000),
    })
    await clearThrottle(tx.db, keys.account)
    if (keys.address) await refundAttempt(tx.db, keys.address)
    await recordAudit(tx, { action: 'user.signed_in', entityType: 'user', entityId: user.id })
  })
  return { token, userId: user.id, role: user.role, locale: user.locale }
}

/** Ends the session of this cookie token and records who signed out (nothing to do if it is already gone). */
export async function signOut(ctx: Ctx, token: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const [gone] = await tx.db
      .delete(sessions)
      .where(eq(sessions.id, sha256(token)))
      .returning({ userId: sessions.userId })
    const user = gone ? await findUserById(tx.db, gone.userId) : undefined
    if (user)
      await recordAudit(
        { ...tx, actor: actorOfUser(user, 'session') },
        { action: 'user.signed_out', entityType: 'user', entityId: user.id },
      )
  })
}

/** The signed-in user of a session cookie, or null when unknown, expired or disabled. */
export async function findSessionActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sha256(token)), gt(sessions.expiresAt, now)))
  if (!row || row.user.disabledAt) return null
  // Sliding expiry, written at most once a minute to keep reads cheap.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) })
      .where(eq(sessions.id, sha256(token)))
  }
  return actorOfUser(row.user, 'session')
}

/** Deletes expired sessions, and sign-in throttles idle for a day that hold nothing back; returns how many sessions. */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id })
  await purgeStaleThrottles(db, now)
  return gone.length
}
