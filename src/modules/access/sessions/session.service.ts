import { and, eq, gt, lt } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { randomToken, sha256 } from '../../../platform/crypto.js'
import { parseInput } from '../../../platform/validation.js'
import type { Actor, Ctx, Locale, Role } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { decoyHash, verifyPassword } from '../users/password.js'
import { type SignInInput, signInInput } from '../users/user.contracts.js'
import { clearFailedSignIns, findUserByEmail, recordFailedSignIn } from '../users/user.queries.js'
import { users } from '../users/user.schema.js'
import { actorOfUser } from '../users/user.presenter.js'
import { sessions } from './session.schema.js'

export const SESSION_DAYS = 7
// Lockout after repeated failures, on top of the per-address rate limit of the sign-in route.
const MAX_FAILURES = 5
const LOCK_MINUTES = 15

const badCredentials = () =>
  new AppError('unauthenticated', 'BAD_CREDENTIALS', {
    fr: 'Adresse courriel ou mot de passe incorrect.',
    en: 'Incorrect email address or password.',
  })

const accountLocked = () =>
  new AppError('too_many', 'ACCOUNT_LOCKED', {
    fr: 'Trop de tentatives : ce compte est bloqué pendant 15 minutes.',
    en: 'Too many attempts: this account is locked for 15 minutes.',
  })

/** Checks credentials and opens a session; answers the same error whether the email or the password is wrong. */
export async function signIn(ctx: Ctx, raw: SignInInput): Promise<{ token: string; userId: string; role: Role; locale: Locale }> {
  const input = parseInput(signInInput, raw)
  const user = await findUserByEmail(ctx.db, input.email)
  if (!user || user.disabledAt) {
    await verifyPassword(await decoyHash(), input.password)
    throw badCredentials()
  }
  if (user.lockedUntil && user.lockedUntil > ctx.now) throw accountLocked()
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailedSignIn(ctx.db, user.id, ctx.now, MAX_FAILURES, LOCK_MINUTES)
    await recordAudit(ctx, { action: 'user.sign_in_failed', entityType: 'user', entityId: user.id })
    throw badCredentials()
  }
  await clearFailedSignIns(ctx.db, user.id)
  const token = randomToken()
  await ctx.db.insert(sessions).values({
    id: sha256(token),
    userId: user.id,
    createdAt: ctx.now,
    lastSeenAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + SESSION_DAYS * 86_400_000),
  })
  await recordAudit({ ...ctx, actor: { kind: 'system', label: 'sign-in' } }, {
    action: 'user.signed_in',
    entityType: 'user',
    entityId: user.id,
  })
  return { token, userId: user.id, role: user.role, locale: user.locale }
}

/** Ends the session of this cookie token (no error if it is already gone). */
export async function signOut(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256(token)))
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

/** Deletes expired sessions; returns how many. */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id })
  return gone.length
}
