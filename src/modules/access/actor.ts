import type { Db } from '../../platform/db/database.js'
import { Scope, type ScopeGrant, type ScopeKind, type ScopeResolver } from './scope.js'
import type { roles } from './users/user.schema.js'

export type Role = (typeof roles)[number]
export type Locale = 'fr' | 'en'
export type { ScopeGrant, ScopeKind }

/** Who is acting: a signed-in user (by session or API token) or the system itself (CLI, seed, jobs). */
export type Actor =
  | {
      kind: 'user'
      userId: string
      email: string
      displayName: string
      role: Role
      grant: ScopeGrant
      locale: Locale
      via: 'session' | 'token'
    }
  | { kind: 'system'; label: string }

/**
 * The context every use case receives: the database (or the transaction it runs in), the actor, the actor's scope
 * resolved once for the request, the clock, the request id, and how to resolve other grants (account creation).
 */
export type Ctx = {
  db: Db
  actor: Actor
  scope: Scope
  now: Date
  requestId?: string
  resolveScope: ScopeResolver
}

/** What a context is built from outside a request: the composition root's database, clock and scope resolver. */
export type CtxBase = { db: Db; now: () => Date; resolveScope: ScopeResolver }

/** The system actor used by the CLI and the demo loader. */
export function systemActor(label: string): Actor {
  return { kind: 'system', label }
}

/** A context acting as the system (CLI, seed, jobs, sign-in before anyone is known): it reaches everything. */
export function systemCtx(base: CtxBase, label: string): Ctx {
  return {
    db: base.db,
    actor: systemActor(label),
    scope: Scope.all('system'),
    now: base.now(),
    resolveScope: base.resolveScope,
  }
}

/** The user id to record in audit events, or null for the system. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null
}

/**
 * Runs a use case in one transaction: its changes and their audit events commit or roll back together. Every service
 * that writes opens its own; called inside another use case's transaction it becomes a savepoint.
 */
export function inTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx as unknown as Db }))
}
