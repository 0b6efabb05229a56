import { and, eq, ne } from 'drizzle-orm'
import { randomToken, sha256 } from '../../../platform/crypto.js'
import { conflict, invalidInput, notFound, unauthenticated } from '../../../platform/errors.js'
import { isUuid, parseInput } from '../../../platform/validation.js'
import { sessions } from '../sessions/session.schema.js'
import { users } from './user.schema.js'
import { type Ctx } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { assertCan } from '../policy.js'
import { hashPassword, verifyPassword } from './password.js'
import { type ChangePasswordInput, changePasswordInput, type CreateUserInput, createUserInput, type UserOutput } from './user.contracts.js'
import { presentUser } from './user.presenter.js'
import { findUserByEmail, findUserById, insertUser } from './user.queries.js'

export const emailTaken = () =>
  conflict('USER_EMAIL_TAKEN', 'email', {
    fr: 'Un compte utilise déjà cette adresse courriel.',
    en: 'An account already uses this email address.',
  })

/** Creates an account (admins and the system only). The caller checks that the scope's ref exists. */
export async function createUser(ctx: Ctx, raw: CreateUserInput): Promise<UserOutput> {
  assertCan(ctx.actor, 'users.manage')
  const input = parseInput(createUserInput, raw)
  if (await findUserByEmail(ctx.db, input.email)) throw emailTaken()
  const passwordHash = await hashPassword(input.password)
  const row = await insertUser(ctx.db, {
    email: input.email,
    displayName: input.displayName,
    passwordHash,
    role: input.role,
    scopeKind: input.scopeKind,
    scopeRef: input.scopeKind === 'all' ? null : (input.scopeRef ?? null),
    locale: input.locale,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  })
  await recordAudit(ctx, { action: 'user.created', entityType: 'user', entityId: row.id, details: { role: row.role } })
  return presentUser(row)
}

/** Disables or re-enables an account; disabling also ends its sessions. Unknown ids answer not found. */
export async function setUserDisabled(ctx: Ctx, userId: string, disabled: boolean): Promise<void> {
  assertCan(ctx.actor, 'users.manage')
  const row = isUuid(userId) ? await findUserById(ctx.db, userId) : undefined
  if (!row) throw notFound('user')
  await ctx.db.update(users).set({ disabledAt: disabled ? ctx.now : null, updatedAt: ctx.now }).where(eq(users.id, userId))
  if (disabled) await ctx.db.delete(sessions).where(eq(sessions.userId, userId))
  await recordAudit(ctx, { action: disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: userId })
}

/** Whether an account is currently disabled (undefined for an unknown id). */
export async function isUserDisabled(ctx: Ctx, userId: string): Promise<boolean | undefined> {
  const row = await findUserById(ctx.db, userId)
  return row ? row.disabledAt !== null : undefined
}

/** Sets a new generated password on an account (admins), ends its sessions and returns the password once. */
export async function resetPassword(ctx: Ctx, userId: string): Promise<string> {
  assertCan(ctx.actor, 'users.manage')
  const row = isUuid(userId) ? await findUserById(ctx.db, userId) : undefined
  if (!row) throw notFound('user')
  const password = randomToken(12)
  await ctx.db
    .update(users)
    .set({ passwordHash: await hashPassword(password), failedSignIns: 0, lockedUntil: null, updatedAt: ctx.now })
    .where(eq(users.id, userId))
  await ctx.db.delete(sessions).where(eq(sessions.userId, userId))
  await recordAudit(ctx, { action: 'user.password_reset', entityType: 'user', entityId: userId })
  return password
}

/** The signed-in user changes their own password; their other sessions end. */
export async function changeOwnPassword(ctx: Ctx, raw: ChangePasswordInput, keepSessionToken?: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw unauthenticated()
  const input = parseInput(changePasswordInput, raw)
  const row = await findUserById(ctx.db, ctx.actor.userId)
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw invalidInput({ currentPassword: { fr: 'Mot de passe actuel incorrect.', en: 'Incorrect current password.' } })
  }
  await ctx.db.update(users).set({ passwordHash: await hashPassword(input.newPassword), updatedAt: ctx.now }).where(eq(users.id, row.id))
  const keep = keepSessionToken ? sha256(keepSessionToken) : ''
  await ctx.db.delete(sessions).where(and(eq(sessions.userId, row.id), ne(sessions.id, keep)))
  await recordAudit(ctx, { action: 'user.password_changed', entityType: 'user', entityId: row.id })
}
