import type { Actor } from '../actor.js'
import type { UserOutput } from './user.contracts.js'
import type { UserRow } from './user.queries.js'

/** The public shape of an account: never the password hash or lockout counters. */
export function presentUser(row: UserRow): UserOutput {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    scopeKind: row.scopeKind,
    scopeRef: row.scopeRef,
    locale: row.locale,
  }
}

/** The actor an account acts as once authenticated. */
export function actorOfUser(u: UserRow, via: 'session' | 'token'): Actor {
  return {
    kind: 'user',
    userId: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    grant: { kind: u.scopeKind, ref: u.scopeRef },
    locale: u.locale,
    via,
  }
}
