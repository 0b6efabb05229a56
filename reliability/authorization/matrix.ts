// The authorization matrix: every identity (role × scope kind × session or bearer token, and anonymous) against every
// catalogue route, on a record of the home region, of another service point of the home region and of another
// region; each response's outcome is compared with the outcome the policy table and the scope rules specify.
import type { LightMyRequestResponse } from 'fastify'
import type { Role, ScopeKind } from '../../src/modules/access/index.js'
import { csrfToken, type TestApp, type TestUser } from '../../test/build-test-app.js'
import type { CatalogueRoute } from '../routes.js'
import { expected, type Identity, type Outcome, outcomeOf, type Probe } from './expect.js'
import { validBodyOf } from './bodies.js'
import { probeExtras } from './probes.js'
import { fillUrl, recordOf } from './records.js'
import { specification } from './spec.js'
import { freshRecord, type Placement, type World } from './world.js'

/** Every scope kind each role may hold (staff: a territory; partners: their organization). */
export const scopesOf: Record<Role, ScopeKind[]> = {
  agent: ['all', 'directorate', 'region', 'service_point'],
  advisor: ['all', 'directorate', 'region', 'service_point'],
  director: ['all', 'directorate', 'region', 'service_point'],
  admin: ['all', 'directorate', 'region', 'service_point'],
  partner: ['organization'],
}

export type Account = { identity: Identity; user: TestUser | null }

/** A mismatch between what the specification says and what the application answered. */
export type Mismatch = { who: string; method: string; url: string; expected: Outcome[]; got: Outcome; status: number }

/** The routes the specification does not classify (deny by default: each one fails the matrix). */
export function unclassified(routes: CatalogueRoute[]): string[] {
  return routes.map((r) => `${r.method} ${r.url}`).filter((key) => !specification.has(key))
}

/** The probes of a route: one per placement of its record, or one when it names no built record. */
export function probesOf(route: CatalogueRoute): Probe[] {
  const requirement = specification.get(`${route.method} ${route.url}`)
  if (!requirement) return []
  const validated = Boolean(route.schema?.querystring || route.schema?.body)
  const extra = probeExtras.get(`${route.method} ${route.url}`)
  const api = route.kind === 'api'
  // An API write whose only declared schema is its body: a refused identity is sent a body the schema accepts.
  const bodySchema = api && route.schema?.body && !route.schema.querystring ? route.schema.body : undefined
  const base = { method: route.method, url: route.url, api, requirement, validated, extra, bodySchema }
  const resource = recordOf(route.url) ?? extra?.parent?.resource
  if (!resource) return [base]
  const placements: Placement[] = ['home', 'otherServicePoint', 'otherRegion']
  return placements.map((placement) => ({ ...base, record: { resource, placement } }))
}

/** The scope reference of a scope kind in the world (the home region, its directorate, service point, organization). */
function scopeRef(world: World, scope: ScopeKind): string | undefined {
  if (scope === 'all') return undefined
  if (scope === 'region') return '11'
  if (scope === 'directorate') return world.homeDirectorateId
  if (scope === 'service_point') return world.homeServicePointId
  return world.homeOrganizationId
}

/** Every account of the matrix: anonymous, then each role × scope kind, by session and by bearer token. */
export async function accountsOf(app: TestApp, world: World): Promise<Account[]> {
  const accounts: Account[] = [{ identity: { kind: 'anonymous' }, user: null }]
  for (const [role, scopes] of Object.entries(scopesOf) as [Role, ScopeKind[]][]) {
    for (const scope of scopes) {
      const user = await app.userOf(role, scope, scopeRef(world, scope))
      accounts.push({ identity: { kind: 'user', role, scope, via: 'session' }, user })
      accounts.push({ identity: { kind: 'user', role, scope, via: 'token' }, user })
    }
  }
  return accounts
}

/** How the matrix names an identity in its messages. */
export function nameOf(identity: Identity): string {
  return identity.kind === 'anonymous' ? 'anonymous' : `${identity.role}/${identity.scope}/${identity.via}`
}

/**
 * Sends one probe as an account: a write carries an empty body (JSON `{}` to the API, a form with its CSRF token and
 * only the fields probes.ts names), which changes nothing and shows whether the request passed authorization.
 */
export async function send(
  app: TestApp,
  account: Account,
  probe: Probe,
  world: World,
  body?: string,
): Promise<LightMyRequestResponse> {
  const placement = probe.record?.placement ?? 'home'
  const { extra } = probe
  const fresh = extra?.fresh ? await freshRecord(app.system, extra.fresh, placement, world) : {}
  const records = { ...world.records[placement], ...fresh }
  const query = new URLSearchParams(extra?.query)
  const form = new URLSearchParams({ _csrf: csrfToken, ...extra?.form })
  const parent = extra?.parent
  if (parent?.query) query.set(parent.query, records[parent.resource])
  if (parent?.field) form.set(parent.field, records[parent.resource])
  const url = fillUrl(probe.url, records) + (query.size ? `?${query}` : '')
  const headers: Record<string, string> = {}
  let payload: string | undefined
  if (probe.method !== 'GET') {
    headers['content-type'] = probe.api ? 'application/json' : 'application/x-www-form-urlencoded'
    payload = probe.api ? (body ?? '{}') : form.toString()
  }
  const { user, identity } = account
  if (user && identity.kind === 'user' && identity.via === 'token') {
    headers.authorization = `Bearer ${user.token}`
    return app.injectAs(null, { method: probe.method as 'GET', url, headers, payload })
  }
  return app.injectAs(user, { method: probe.method as 'GET', url, headers, payload })
}

/** Checks one probe as one account: its outcome, and the mismatch when it did not answer as specified. */
export async function check(
  app: TestApp,
  account: Account,
  probe: Probe,
  world: World,
): Promise<{ outcome: Outcome; mismatch?: Mismatch; validBody?: boolean }> {
  let want = expected(account.identity, probe)
  // Refused whatever it sends: a schema-valid body, so the answer is the refusal itself and never a schema's 400.
  const body = !want.includes('ok') && probe.bodySchema ? bodyOf(probe, world) : undefined
  if (body) want = want.filter((o) => o !== 'invalid')
  const res = await send(app, account, probe, world, body)
  const got = outcomeOf(res)
  if (want.includes(got)) return { outcome: got, validBody: Boolean(body) }
  const url = probe.record ? `${probe.url} [${probe.record.placement}]` : probe.url
  const who = nameOf(account.identity)
  return { outcome: got, mismatch: { who, method: probe.method, url, expected: want, got, status: res.statusCode } }
}

/** The body a refused identity sends: the probe's own, or one generated from the schema with the home records' ids. */
function bodyOf(probe: Probe, world: World): string | undefined {
  if (probe.extra?.body) return JSON.stringify(probe.extra.body)
  return validBodyOf(probe.bodySchema, Object.values(world.records.home))
}
