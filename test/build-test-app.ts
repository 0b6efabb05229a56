import { after } from 'node:test'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { type Actor, createApiToken, createUser, inTransaction, type Role, type ScopeKind, signIn, systemActor, type Ctx } from '../src/modules/access/index.js'
import { CSRF_COOKIE } from '../src/platform/http/csrf.js'
import { hmac } from '../src/platform/crypto.js'
import { loadConfig } from '../src/platform/config.js'
import type { Database } from '../src/platform/db/database.js'
import { buildApp } from '../src/server/build-app.js'
import { createTestDatabase } from './db.js'

const SECRET = 'test-secret-test-secret-test-secret-123'
const CSRF_SEED = 'test-csrf-seed-0123456789'
export const csrfToken = hmac(SECRET, CSRF_SEED)

export type TestUser = { email: string; password: string; cookie: string; token: string; actor: Actor }

export type TestApp = {
  app: FastifyInstance
  database: Database
  /** A system context to arrange data through the services. */
  system: Ctx
  /** Creates an account of this role and scope, signed in (session cookie) and with an API token. */
  userOf(role: Role, scopeKind: ScopeKind, scopeRef?: string): Promise<TestUser>
  /** A request with the user's session cookie and a valid CSRF token (when a user is given). */
  injectAs(user: TestUser | null, options: InjectOptions): Promise<LightMyRequestResponse>
}

let counter = 0

/** The whole application on a fresh database for one test file; closed after the file's tests. */
export async function buildTestApp(): Promise<TestApp> {
  const database = await createTestDatabase()
  const config = loadConfig({ LOG_LEVEL: 'silent' }, 'test')
  const app = await buildApp({ config, database, sessionSecret: SECRET, logger: false })
  after(() => app.close())
  const system: Ctx = { db: database.db, actor: systemActor('test'), now: new Date() }

  async function userOf(role: Role, scopeKind: ScopeKind, scopeRef?: string): Promise<TestUser> {
    const email = `${role}${++counter}-${Date.now()}@test.example`
    const password = 'correct horse battery staple'
    await inTransaction(system, (ctx) => createUser(ctx, { email, displayName: `Test ${role} ${counter}`, password, role, scopeKind, scopeRef }))
    const { token: session } = await signIn({ ...system, now: new Date() }, { email, password })
    const { token } = await inTransaction(system, (ctx) => createApiToken(ctx, { email, name: 'test' }))
    const actor: Actor = { kind: 'user', userId: '', email, displayName: '', role, scope: { kind: scopeKind, ref: scopeRef ?? null }, locale: 'fr', via: 'session' }
    return { email, password, cookie: session, token, actor }
  }

  function injectAs(user: TestUser | null, options: InjectOptions) {
    const cookies: Record<string, string> = { [CSRF_COOKIE]: CSRF_SEED, ...((options.cookies as Record<string, string>) ?? {}) }
    if (user) cookies.escale_session = user.cookie
    const headers = { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) }
    return app.inject({ ...options, cookies, headers })
  }

  return { app, database, system, userOf, injectAs }
}
