import { and, eq, gt, isNull, lt, or } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { randomToken, sha256 } from '../../../platform/crypto.js'
import { parseInput } from '../../../platform/validation.js'
import { type Ctx, inTransaction } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { enqueueMail } from '../mail/outbox.js'
import { passwordResets } from '../mail/mail.schema.js'
import { hashPassword } from '../users/password.js'
import { findUserByEmail, findUserById, type UserRow } from '../users/user.queries.js'
import { users } from '../users/user.schema.js'
import { actorOfUser } from '../users/user.presenter.js'
import {
  type ForgotPasswordInput,
  forgotPasswordInput,
  type ResetPasswordInput,
  resetPasswordInput,
} from './password-reset.contracts.js'
import { resetMail, resetText } from './password-reset.messages.js'
import { sessions } from './session.schema.js'
import { clearThrottle, reserveAttempt, throttleKey } from './sign-in-throttle.js'

/** How long a reset link works. */
export const RESET_MINUTES = 60

/** The page a reset link opens (the token follows in `?jeton=`). */
export const RESET_PATH = '/app/connexion/reinitialiser'

/** Where a request comes from: the client address (throttled) and the origin links are built on. */
export type ResetOrigin = { address?: string; baseUrl: string }

const throttled = () => new AppError('too_many', 'PASSWORD_RESET_THROTTLED', resetText.throttled)
export const resetLinkInvalid = () => new AppError('not_found', 'PASSWORD_RESET_INVALID', resetText.expired)

/**
 * Reserves one reset request per address asked for and per client address (sign-in's growing delays, under keys of
 * their own: asking for links does not slow the account's sign-in). Every request counts; none is given back.
 */
async function reserveRequest(db: Db, email: string, address: string | undefined, now: Date): Promise<boolean> {
  if (address && !(await reserveAttempt(db, throttleKey('address', `reset:${address}`), now))) return false
  return reserveAttempt(db, throttleKey('account', `reset:${email}`), now)
}

/**
 * "Forgot your password?": when the address is an enabled account's, stores the hash of a new random token and queues
 * the link in the account's language. The caller learns nothing either way: same answer, and the same work in both
 * branches (throttle, lookup, token drawn and hashed, one transaction with the audit event of the request, which says
 * whether a link was mailed); only a throttled request is refused. Call it outside a transaction.
 */
export async function requestPasswordReset(ctx: Ctx, raw: ForgotPasswordInput, origin: ResetOrigin): Promise<void> {
  const { email } = parseInput(forgotPasswordInput, raw)
  if (!(await reserveRequest(ctx.db, email, origin.address, ctx.now))) throw throttled()
  const user = await findUserByEmail(ctx.db, email)
  const token = randomToken(32)
  const tokenHash = sha256(token)
  const recipient = user && !user.disabledAt ? user : undefined
  // Whoever asked is not known to be the account's holder: the request is the system's (reset-request) event.
  await inTransaction(ctx, async (tx) => {
    if (recipient) {
      await tx.db.insert(passwordResets).values({
        userId: recipient.id,
        tokenHash,
        createdAt: tx.now,
        expiresAt: new Date(tx.now.getTime() + RESET_MINUTES * 60_000),
      })
      const link = `${origin.baseUrl}${RESET_PATH}?jeton=${token}`
      const mail = resetMail(recipient.locale, recipient.displayName, link, RESET_MINUTES)
      await enqueueMail(tx.db, [{ topic: 'password.reset', to: recipient.email, ...mail }], tx.now)
    }
    await recordAudit(tx, {
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user?.id ?? null,
      details: { mailed: recipient !== undefined },
    })
  })
}

/** The enabled account a reset token opens, if the token is unused and unexpired. */
async function findResetUser(db: Db, token: string, now: Date): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ userId: passwordResets.userId })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, sha256(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
  const user = row ? await findUserById(db, row.userId) : undefined
  return user && !user.disabledAt ? user : undefined
}

/** Whether a reset link still works (the form is shown, else the "expired or used" page). */
export async function isResetTokenValid(ctx: Ctx, token: string): Promise<boolean> {
  return token.length <= 200 && (await findResetUser(ctx.db, token, ctx.now)) !== undefined
}

/**
 * Sets the new password of a reset link's account: the token is spent (with every other unused one of the account),
 * all its sessions end, sign-in's throttle on it is forgotten, and the reset is audited as done by the account itself.
 * An unknown, expired or spent token answers `PASSWORD_RESET_INVALID` (not found).
 */
export async function completePasswordReset(ctx: Ctx, raw: ResetPasswordInput): Promise<void> {
  const input = parseInput(resetPasswordInput, raw)
  const user = await findResetUser(ctx.db, input.jeton, ctx.now)
  if (!user) throw resetLinkInvalid()
  // argon2 takes a while: hash before the transaction, which holds the embedded database's only session.
  const passwordHash = await hashPassword(input.newPassword)
  await inTransaction({ ...ctx, actor: actorOfUser(user, 'session') }, async (tx) => {
    // Spending the token is the guard: of two submissions of one link, only the first finds it unused.
    const spent = await tx.db
      .update(passwordResets)
      .set({ usedAt: tx.now })
      .where(and(eq(passwordResets.tokenHash, sha256(input.jeton)), isNull(passwordResets.usedAt)))
      .returning({ id: passwordResets.id })
    if (spent.length === 0) throw resetLinkInvalid()
    await tx.db
      .update(passwordResets)
      .set({ usedAt: tx.now })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
    await tx.db.update(users).set({ passwordHash, updatedAt: tx.now }).where(eq(users.id, user.id))
    await tx.db.delete(sessions).where(eq(sessions.userId, user.id))
    await clearThrottle(tx.db, throttleKey('account', user.email))
    await recordAudit(tx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      details: { by: 'emailed_link' },
    })
  })
}

/** Deletes reset tokens expired or spent more than a day ago (the session purge job); returns how many. */
export async function purgePasswordResets(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000)
  const gone = await db
    .delete(passwordResets)
    .where(or(lt(passwordResets.expiresAt, dayAgo), lt(passwordResets.usedAt, dayAgo)))
    .returning({ id: passwordResets.id })
  return gone.length
}
