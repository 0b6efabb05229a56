// The expected outcome of one (identity, route, record) and the outcome a response shows, so the matrix compares the
// two without a single outcome typed per pair: the expectation is computed from the policy table (policy.ts grants)
// and the scope rules (records.ts).
import type { LightMyRequestResponse } from 'fastify'
import { can } from '../../src/modules/access/policy.js'
import type { Actor, Role, ScopeKind } from '../../src/modules/access/index.js'
import type { ProbeExtra } from './probes.js'
import type { Requirement } from './spec.js'
import { hasUnbuiltParam, reaches } from './records.js'
import type { Placement, Resource } from './world.js'

/**
 * What a request came to: it passed authorization (`ok`: 2xx, 3xx, or a 4xx about its content), or was refused as
 * anonymous (`sign-in`: a page's redirect to the sign-in form; `unauthenticated`: 401), refused by the policy
 * (`forbidden`: 403), or answered as if the record did not exist (`not-found`: 404); `error` is a 5xx (never right).
 * `invalid` is a 400: an authorized request whose content was refused, or a route's declared schema (querystring,
 * body) refusing the request before the handler checks anything — it depends on the request alone, never on a record.
 */
export type Outcome = 'ok' | 'invalid' | 'sign-in' | 'unauthenticated' | 'forbidden' | 'not-found' | 'error'

/** Who asks: an anonymous visitor, or an account of a role and scope kind, by session cookie or bearer token. */
export type Identity = { kind: 'anonymous' } | { kind: 'user'; role: Role; scope: ScopeKind; via: 'session' | 'token' }

export type Probe = {
  method: string
  url: string
  api: boolean
  requirement: Requirement
  /** Whether the route declares a querystring or body schema, validated by Fastify before the handler runs. */
  validated: boolean
  /** The body schema of an API write (its only declared schema): refused identities are sent a valid body. */
  bodySchema?: unknown
  /** What the request carries besides its URL (a parent record, fields; probes.ts). */
  extra?: ProbeExtra
  /** The record the route's `:id` (or its parent) names and where it is, when the matrix built one. */
  record?: { resource: Resource; placement: Placement }
}

/** The outcomes that satisfy the specification for this identity and probe (a 400 only where it cannot tell). */
export function expected(identity: Identity, probe: Probe): Outcome[] {
  const outcomes = expectedOutcomes(identity, probe)
  return probe.validated || outcomes.includes('ok') ? [...outcomes, 'invalid'] : outcomes
}

function expectedOutcomes(identity: Identity, probe: Probe): Outcome[] {
  const { requirement } = probe
  if (requirement.kind === 'public') return ['ok', 'not-found', 'sign-in']
  if (identity.kind === 'anonymous') {
    if (probe.api) return ['unauthenticated']
    return probe.method === 'GET' ? ['sign-in'] : ['unauthenticated']
  }
  const reached = !probe.record || reaches(identity.scope, probe.record.resource, probe.record.placement)
  if (requirement.kind !== 'signed-in') {
    const actor = { kind: 'user', role: identity.role } as Actor
    // Lacking the permission: refused, by 403 or by 404 (DESIGN.md: what the caller may not know answers as unknown;
    // some services look the record up first, or answer not_found on purpose). Never a 2xx or a redirect.
    if (!requirement.permissions.some((p) => can(actor, p))) return ['forbidden', 'not-found']
  }
  // Holding the permission: a record out of scope answers exactly 404 (its existence is not revealed).
  if (!reached) return ['not-found']
  return hasUnbuiltParam(probe.url) ? ['ok', 'not-found'] : ['ok']
}

/** The outcome a response shows. */
export function outcomeOf(res: LightMyRequestResponse): Outcome {
  const status = res.statusCode
  if (status >= 500) return 'error'
  if (status === 401) return 'unauthenticated'
  if (status === 400) return 'invalid'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  const location = String(res.headers.location ?? '')
  if (status >= 300 && status < 400 && location.startsWith('/app/connexion')) return 'sign-in'
  return 'ok'
}
