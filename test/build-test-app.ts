import { after } from 'node:test'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify'
import {
  type Actor,
  type AnyExportSource,
  createApiToken,
  createUser,
  type CtxBase,
  type Role,
  type ScopeKind,
  signIn,
  systemCtx,
  type Ctx,
} from '../src/modules/access/index.js'
import { resolveScope } from '../src/server/scope-resolver.js'
import { sign } from '@fastify/cookie'
import Tokens from '@fastify/csrf'
import { CSRF_COOKIE } from '../src/platform/http/csrf.js'
import { loadConfig } from '../src/platform/config.js'
import type { Database } from '../src/platform/db/database.js'
import { buildApp } from '../src/server/build-app.js'
import { createTestDatabase } from './db.js'

const SECRET = 'test-secret-test-secret-test-secret-123'
// A fixed CSRF secret for injected requests: its cookie is signed with the app's secret as the app signs it, and
// `csrfToken` is a token @fastify/csrf-protection accepts for it (put it in `_csrf` or `x-csrf-token`).
const CSRF_SECRET = 'test-csrf-secret-0123456789'
const csrfCookie = sign(CSRF_SECRET, SECRET)
export const csrfToken = Tokens().create(CSRF_SECRET)

export type TestUser = { email: string; password: string; cookie: string; token: string; actor: Actor }

export type TestApp = {
  app: FastifyInstance
  database: Database
  /** What a context is built from: the test database, the clock, the scope resolver. */
  base: CtxBase
  /** A system context to arrange data through the services. */
  system: Ctx
  /** Creates an account of this role and scope, signed in (session cookie) and with an API token. */
  userOf(role: Role, scopeKind: ScopeKind, scopeRef?: string): Promise<TestUser>
  /** A request with the user's session cookie and a valid CSRF token (when a user is given). */
  injectAs(user: TestUser | null, options: InjectOptions): Promise<LightMyRequestResponse>
  /** Follows a redirect with the cookies the response set (post/redirect/get of a one-time secret). */
  follow(user: TestUser | null, res: LightMyRequestResponse): Promise<LightMyRequestResponse>
}

let counter = 0

/** The whole application on a fresh database for one test file (`env`: more settings); closed after its tests. */
export async function buildTestApp(
  options: { env?: NodeJS.ProcessEnv; onRoute?: (route: RouteOptions) => void; exportSources?: AnyExportSource[] } = {},
): Promise<TestApp> {
  const database = await createTestDatabase()
  const config = loadConfig({ LOG_LEVEL: 'silent', ...options.env }, 'test')
  const app = await buildApp({
    config,
    database,
    sessionSecret: SECRET,
    logger: false,
    onRoute: options.onRoute,
    exportSources: options.exportSources,
  })
  after(() => app.close())
  const base: CtxBase = { db: database.db, now: () => new Date(), resolveScope }
  const system: Ctx = systemCtx(base, 'test')

  const userOf = userFactory(system)
  const injectAs = injector(app)
  /** Follows a 303 as a browser would, with the cookies the response set (a flash secret, a new session). */
  function follow(user: TestUser | null, res: LightMyRequestResponse) {
    const cookies = Object.fromEntries(res.cookies.filter((c) => c.value !== '').map((c) => [c.name, c.value]))
    return injectAs(user, { method: 'GET', url: String(res.headers.location), cookies })
  }

  return { app, database, base, system, userOf, injectAs, follow }
}

/** `userOf`: accounts created through the services, signed in, with an API token. */
function userFactory(system: Ctx): TestApp['userOf'] {
  return async (role, scopeKind, scopeRef) => {
    const email = `${role}${++counter}-${Date.now()}@test.example`
    const password = 'correct horse battery staple'
    const displayName = `Test ${role} ${counter}`
    const user = await createUser(system, { email, displayName, password, role, scopeKind, scopeRef })
    const { token: session } = await signIn({ ...system, now: new Date() }, { email, password })
    const { token } = await createApiToken(system, { email, name: 'test' })
    const actor: Actor = {
      kind: 'user',
      userId: user.id,
      email,
      displayName,
      role,
      grant: { kind: scopeKind, ref: scopeRef ?? null },
      locale: 'fr',
      via: 'session',
    }
    return { email, password, cookie: session, token, actor }
  }
}

/** `injectAs`: requests with the CSRF cookie and token, and the user's session cookie when a user is given. */
function injector(app: FastifyInstance): TestApp['injectAs'] {
  return (user, options) => {
    const cookies: Record<string, string> = {
      [CSRF_COOKIE]: csrfCookie,
      ...((options.cookies as Record<string, string>) ?? {}),
    }
    if (user) cookies.escale_session = user.cookie
    const headers = { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) }
    return app.inject({ ...options, cookies, headers })
  }
}
