// Who the fuzzer sends requests as: nobody, a forged session and token, each staff role with a scope, a partner user.
// A fuzzed request may sign a user out, change their password or revoke their token: `refreshRevoked` replaces them.
import { findSessionActor, findTokenActor, type Role, type ScopeKind } from '../../src/modules/access/index.js'
import type { TestApp, TestUser } from '../../test/build-test-app.js'

export type Identity = {
  name: string
  /** A signed-in user (session cookie and API token), or none. */
  user: TestUser | null
  /** Forged credentials: a session cookie and a bearer token that name nothing. */
  forged?: boolean
  grant?: { role: Role; scopeKind: ScopeKind; ref?: string }
}

const FORGED = {
  email: 'forged@test.example',
  password: 'x',
  cookie: 'forged-session-cookie',
  token: 'esc_forged_token',
} as Pick<TestUser, 'email' | 'password' | 'cookie' | 'token'> as TestUser

/** Anonymous, forged, agent, advisor and director of region 11, administrator, the partner of an organization. */
export async function makeIdentities(app: TestApp, partnerOrganization: string | undefined): Promise<Identity[]> {
  const grants: Identity['grant'][] = [
    { role: 'agent', scopeKind: 'region', ref: '11' },
    { role: 'advisor', scopeKind: 'region', ref: '11' },
    { role: 'director', scopeKind: 'region', ref: '11' },
    { role: 'admin', scopeKind: 'all' },
  ]
  if (partnerOrganization) grants.push({ role: 'partner', scopeKind: 'organization', ref: partnerOrganization })
  const identities: Identity[] = [
    { name: 'anonymous', user: null },
    { name: 'forged', user: FORGED, forged: true },
  ]
  for (const grant of grants) {
    const user = await app.userOf(grant!.role, grant!.scopeKind, grant!.ref)
    identities.push({ name: grant!.role, user, grant })
  }
  return identities
}

/** Replaces the users whose session or token a fuzzed request revoked (sign-out, password change, deactivation). */
export async function refreshRevoked(app: TestApp, identities: Identity[]): Promise<number> {
  let replaced = 0
  const now = new Date()
  for (const identity of identities) {
    if (!identity.user || identity.forged || !identity.grant) continue
    const session = await findSessionActor(app.system.db, identity.user.cookie, now)
    const token = await findTokenActor(app.system.db, identity.user.token, now)
    if (session && token) continue
    const { role, scopeKind, ref } = identity.grant
    identity.user = await app.userOf(role, scopeKind, ref)
    replaced++
  }
  return replaced
}
