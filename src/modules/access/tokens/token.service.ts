import { civilDate } from '../../../platform/clock.js'
import { and, desc, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../../platform/db/database.js'
import { randomToken, sha256 } from '../../../platform/crypto.js'
import { invalidInput, notFound } from '../../../platform/errors.js'
import { isUuid, parseInput } from '../../../platform/validation.js'
import { actorUserId, type Actor, type Ctx, inTransaction } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { assertCan } from '../policy.js'
import { findUserByEmail } from '../users/user.queries.js'
import { users } from '../users/user.schema.js'
import { actorOfUser } from '../users/user.presenter.js'
import { apiTokens } from './token.schema.js'

export const createTokenInput = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(100),
})

// A new token's secret is shown on the page the creation redirects to, if that page is opened within this delay.
const NEW_SECRET_MS = 10 * 60_000

export type ApiTokenSummary = {
  id: string
  name: string
  prefix: string
  userEmail: string
  createdAt: Date
  lastUsedAt: Date | null
  revokedAt: Date | null
}

const unknownAccount = () =>
  invalidInput({ email: { fr: "Aucun compte n'utilise ce courriel.", en: 'No account uses this email.' } })

/** Creates a bearer token acting as the account with this email; the token is returned once and stored hashed. */
export async function createApiToken(
  ctx: Ctx,
  raw: z.input<typeof createTokenInput>,
): Promise<{ id: string; token: string }> {
  assertCan(ctx.actor, 'tokens.manage')
  const input = parseInput(createTokenInput, raw)
  return inTransaction(ctx, async (tx) => {
    const user = await findUserByEmail(tx.db, input.email)
    // A token acts as its account: nobody hands out one for an account that reaches more than they do.
    const reach =
      user && (await tx.resolveScope(tx.db, { kind: user.scopeKind, ref: user.scopeRef }, civilDate(tx.now)))
    if (!user || !reach?.isWithin(tx.scope)) throw unknownAccount()
    const token = `esc_${randomToken(30)}`
    const [row] = await tx.db
      .insert(apiTokens)
      .values({
        userId: user.id,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, 10),
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now,
      })
      .returning({ id: apiTokens.id })
    await recordAudit(tx, { action: 'api_token.created', entityType: 'api_token', entityId: row!.id })
    return { id: row!.id, token }
  })
}

/** The token just created with this id if the secret is its own (a page shows only its own new secret, and only soon). */
export async function findNewToken(ctx: Ctx, id: string, secret: string): Promise<{ name: string } | undefined> {
  assertCan(ctx.actor, 'tokens.manage')
  if (!isUuid(id)) return undefined
  const [row] = await ctx.db
    .select({ name: apiTokens.name, hash: apiTokens.tokenHash, createdAt: apiTokens.createdAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
  const fresh = row && row.hash === sha256(secret) && ctx.now.getTime() - row.createdAt.getTime() < NEW_SECRET_MS
  return fresh ? { name: row.name } : undefined
}

/** A token that can still be revoked; unknown or already revoked ids answer not found. */
export async function getActiveApiTokenOrThrow(ctx: Ctx, id: string): Promise<ApiTokenSummary> {
  assertCan(ctx.actor, 'tokens.manage')
  const [row] = isUuid(id) ? await summaries(ctx.db).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))) : []
  if (!row) throw notFound('api_token')
  return row
}

/** Revokes a token; unknown ids answer not found. */
export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx.actor, 'tokens.manage')
  if (!isUuid(id)) throw notFound('api_token')
  await inTransaction(ctx, async (tx) => {
    const done = await tx.db
      .update(apiTokens)
      .set({ revokedAt: tx.now })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id })
    if (done.length === 0) throw notFound('api_token')
    await recordAudit(tx, { action: 'api_token.revoked', entityType: 'api_token', entityId: id })
  })
}

function summaries(db: Db) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      userEmail: users.email,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .$dynamic()
}

/** Every token, newest first, without secrets. */
export async function listApiTokens(ctx: Ctx): Promise<ApiTokenSummary[]> {
  assertCan(ctx.actor, 'tokens.manage')
  return summaries(ctx.db).orderBy(desc(apiTokens.createdAt))
}

/** The account a bearer token acts as, or null when unknown or revoked. */
export async function findTokenActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
  if (!row || row.user.disabledAt) return null
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId))
  }
  return actorOfUser(row.user, 'token')
}
