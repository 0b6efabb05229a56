import { and, eq, ne } from 'drizzle-orm'
import { randomToken, sha256 } from '../../../platform/crypto.js'
import { AppError, conflict, invalidInput, notFound, unauthenticated } from '../../../platform/errors.js'
import { isUuid, parseInput } from '../../../platform/validation.js'
import { sessions } from '../sessions/session.schema.js'
import { users } from './user.schema.js'
import { type Ctx, inTransaction } from '../actor.js'
import { civilDate } from '../../../platform/clock.js'
import { recordAudit } from '../audit/audit.service.js'
import { clearThrottle, reserveAttempt, throttleKey } from '../sessions/sign-in-throttle.js'
import { assertCan } from '../policy.js'
import { hashPassword, verifyPassword } from './password.js'
import {
  type ChangePasswordInput,
  changePasswordInput,
  type CreateUserInput,
  type UserOutput,
} from './user.contracts.js'
import { presentUser } from './user.presenter.js'
import { findUserByEmail, findUserById, insertUser } from './user.queries.js'

export const emailTaken = () =>
  conflict('USER_EMAIL_TAKEN', 'email', {
    fr: 'Un compte utilise déjà cette adresse courriel.',
    en: 'An account already uses this email address.',
  })

const unknownScopeRef = () =>
  invalidInput({
    scopeRef: {
      fr: 'Cette portée ne désigne aucune région, direction, point de services ou organisme.',
      en: 'This scope names no region, directorate, service point or organization.',
    },
  })

const scopeBeyondYours = () =>
  invalidInput({
    scopeRef: {
      fr: 'Vous ne pouvez pas donner un accès plus large que le vôtre.',
      en: 'You cannot grant wider access than your own.',
    },
  })

/**
 * Creates an account (admins and the system only); its scope must name a record that exists and lie within the
 * creator's own scope (a region's admin cannot open an account for another region, nor one for every region).
 */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserOutput> {
  assertCan(ctx.actor, 'users.manage')
  const grant = { kind: input.scopeKind, ref: input.scopeKind === 'all' ? null : (input.scopeRef ?? null) }
  // argon2 takes a while: hash before the transaction, which holds the embedded database's only session.
  const passwordHash = await hashPassword(input.password)
  return inTransaction(ctx, async (tx) => {
    const scope = await tx.resolveScope(tx.db, grant, civilDate(tx.now))
    if (!scope) throw unknownScopeRef()
    if (!scope.isWithin(tx.scope)) throw scopeBeyondYours()
    if (await findUserByEmail(tx.db, input.email)) throw emailTaken()
    const row = await insertUser(tx.db, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      role: input.role,
      scopeKind: grant.kind,
      scopeRef: grant.ref,
      locale: input.locale ?? 'fr',
      createdAt: tx.now,
      updatedAt: tx.now,
    })
    await recordAudit(tx, { action: 'user.created', entityType: 'user', entityId: row.id, details: { role: row.role } })
    return presentUser(row)
  })
}

/** Disables or re-enables an account; disabling also ends its sessions. Unknown ids answer not found. */
export async function setUserDisabled(ctx: Ctx, userId: string, disabled: boolean): Promise<void> {
  assertCan(ctx.actor, 'users.manage')
  await inTransaction(ctx, async (tx) => {
    const row = isUuid(userId) ? await findUserById(tx.db, userId) : undefined
    if (!row) throw notFound('user')
    await tx.db
      .update(users)
      .set({ disabledAt: disabled ? tx.now : null, updatedAt: tx.now })
      .where(eq(users.id, userId))
    if (disabled) await tx.db.delete(sessions).where(eq(sessions.userId, userId))
    await recordAudit(tx, { action: disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: userId })
  })
}

/** Whether an account is currently disabled (undefined for an unknown id). */
export async function isUserDisabled(ctx: Ctx, userId: string): Promise<boolean | undefined> {
  const row = await findUserById(ctx.db, userId)
  return row ? row.disabledAt !== null : undefined
}

/** Sets a new generated password on an account (admins), ends its sessions and returns the password once. */
export async function resetPassword(ctx: Ctx, userId: string): Promise<string> {
  assertCan(ctx.actor, 'users.manage')
  const password = randomToken(12)
  const passwordHash = await hashPassword(password)
  await inTransaction(ctx, async (tx) => {
    const row = isUuid(userId) ? await findUserById(tx.db, userId) : undefined
    if (!row) throw notFound('user')
    await tx.db.update(users).set({ passwordHash, updatedAt: tx.now }).where(eq(users.id, userId))
    await tx.db.delete(sessions).where(eq(sessions.userId, userId))
    // The new password works at once, even if someone was guessing the old one.
    await clearThrottle(tx.db, throttleKey('account', row.email))
    await recordAudit(tx, { action: 'user.password_reset', entityType: 'user', entityId: userId })
  })
  return password
}

const passwordChangeThrottled = () => {
  const message = {
    fr: 'Trop d’essais du mot de passe actuel. Réessayez dans quelques minutes.',
    en: 'Too many tries of the current password. Try again in a few minutes.',
  }
  return new AppError('too_many', 'PASSWORD_CHANGE_THROTTLED', message, { currentPassword: message })
}

/**
 * The signed-in user changes their own password; their other sessions end. The current-password check is throttled
 * per account like sign-in (a stolen session cannot guess it). Call it outside a transaction: a wrong guess must stay
 * counted when the change fails.
 */
export async function changeOwnPassword(ctx: Ctx, raw: ChangePasswordInput, keepSessionToken?: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw unauthenticated()
  const input = parseInput(changePasswordInput, raw)
  const key = throttleKey('password', ctx.actor.userId)
  if (!(await reserveAttempt(ctx.db, key, ctx.now))) throw passwordChangeThrottled()
  const row = await findUserById(ctx.db, ctx.actor.userId)
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw invalidInput({ currentPassword: { fr: 'Mot de passe actuel incorrect.', en: 'Incorrect current password.' } })
  }
  const newHash = await hashPassword(input.newPassword)
  await inTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ passwordHash: newHash, updatedAt: tx.now }).where(eq(users.id, row.id))
    const keep = keepSessionToken ? sha256(keepSessionToken) : ''
    await tx.db.delete(sessions).where(and(eq(sessions.userId, row.id), ne(sessions.id, keep)))
    await clearThrottle(tx.db, key)
    await recordAudit(tx, { action: 'user.password_changed', entityType: 'user', entityId: row.id })
  })
}

/** Whether a password is the account's current one (a page checks a one-time password before showing it). */
export async function isCurrentPassword(ctx: Ctx, userId: string, password: string): Promise<boolean> {
  assertCan(ctx.actor, 'users.manage')
  const row = isUuid(userId) ? await findUserById(ctx.db, userId) : undefined
  return row !== undefined && (await verifyPassword(row.passwordHash, password))
}
