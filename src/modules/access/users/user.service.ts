import { conflict } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { type Ctx } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { assertCan } from '../policy.js'
import { hashPassword } from './password.js'
import { type CreateUserInput, createUserInput, type UserOutput } from './user.contracts.js'
import { presentUser } from './user.presenter.js'
import { findUserByEmail, insertUser } from './user.queries.js'

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
