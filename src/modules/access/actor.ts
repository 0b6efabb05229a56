import type { Db } from '../../platform/db/database.js'
import type { roles, scopeKinds } from './users/user.schema.js'

export type Role = (typeof roles)[number]
export type ScopeKind = (typeof scopeKinds)[number]
export type Locale = 'fr' | 'en'

/** What a user's account may reach: everything, or one directorate, region, service point or organization. */
export type Scope = { kind: ScopeKind; ref: string | null }

/** Who is acting: a signed-in user (by session or API token) or the system itself (CLI, seed, jobs). */
export type Actor =
  | {
      kind: 'user'
      userId: string
      email: string
      displayName: string
      role: Role
      scope: Scope
      locale: Locale
      via: 'session' | 'token'
    }
  | { kind: 'system'; label: string }

/** The context every use case receives: the database (or transaction), the actor, the clock, the request id. */
export type Ctx = {
  db: Db
  actor: Actor
  now: Date
  requestId?: string
}

/** The system actor used by the CLI and the demo loader. */
export function systemActor(label: string): Actor {
  return { kind: 'system', label }
}

/** The user id to record in audit events, or null for the system. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null
}

/** Runs a use case in one transaction: its changes and their audit events commit or roll back together. */
export function inTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx as unknown as Db }))
}
