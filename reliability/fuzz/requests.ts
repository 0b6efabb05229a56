// One fuzzed request of a route: who sends it (identity, session or bearer token, CSRF token valid, missing or bad),
// its path parameters, query and body, and how the body is sent (the route's own content type or a wrong one).
import fc from 'fast-check'
import type { InjectOptions } from 'fastify'
import { csrfToken } from '../../test/build-test-app.js'
import type { CatalogueRoute } from '../routes.js'
import { fuzzedOf, type DeriveContext } from './arbitraries.js'
import { hostileParam, hostileString } from './hostile.js'
import type { Identity } from './identities.js'

export const envelopes = [
  'natural',
  'json',
  'form',
  'text',
  'multipart',
  'empty',
  'invalid-json',
  'json-scalar',
] as const
export type Envelope = (typeof envelopes)[number]

export type FuzzCase = {
  identity: number
  transport: 'session' | 'bearer'
  csrf: 'valid' | 'missing' | 'bad'
  params: Record<string, string>
  query: unknown
  body: unknown
  envelope: Envelope
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const paramNames = (url: string) => [...url.matchAll(/:([A-Za-z0-9_]+)|\*/g)].map((m) => m[1] ?? '*')

/** The arbitrary of one route's requests: `known` are parameter values that name records, `identities` who may send. */
export function caseOf(
  route: CatalogueRoute,
  ctx: DeriveContext & { codes: string[]; known: Record<string, string> },
  identityCount: number,
): fc.Arbitrary<FuzzCase> {
  const schema = route.schema ?? {}
  const paramShape = ((schema.params as { _zod?: { def: { shape?: Record<string, unknown> } } })?._zod?.def.shape ??
    {}) as Record<string, unknown>
  const params = Object.fromEntries(paramNames(route.url).map((n) => [n, paramOf(n, paramShape[n], ctx)]))
  const unsafe = UNSAFE.has(route.method)
  return fc.record({
    identity: fc.nat(identityCount - 1),
    transport: route.kind === 'api' ? fc.constantFrom('session', 'bearer') : fc.constant('session'),
    csrf: unsafe
      ? fc.oneof({ weight: 8, arbitrary: fc.constant('valid') }, fc.constantFrom('missing', 'bad'))
      : fc.constant('valid'),
    params: fc.record(params),
    query: schema.querystring ? fuzzedOf(schema.querystring, ctx) : extraQuery,
    body: unsafe ? (schema.body ? fuzzedOf(schema.body, ctx) : extraQuery) : fc.constant(undefined),
    envelope: unsafe
      ? fc.oneof({ weight: 12, arbitrary: fc.constant<Envelope>('natural') }, fc.constantFrom(...envelopes))
      : fc.constant<Envelope>('natural'),
  }) as fc.Arbitrary<FuzzCase>
}

const extraQuery = fc.option(
  fc.dictionary(fc.constantFrom('q', 'page', 'lang', 'id', 'format'), hostileString, { maxKeys: 2 }),
  {
    freq: 2,
  },
)

function paramOf(
  name: string,
  schema: unknown,
  ctx: DeriveContext & { codes: string[]; known: Record<string, string> },
) {
  const known = ctx.known[name]
  const options: fc.WeightedArbitrary<string>[] = [{ weight: 2, arbitrary: hostileParam }]
  if (known !== undefined) options.push({ weight: 8, arbitrary: fc.constant(known) })
  if (schema) options.push({ weight: 2, arbitrary: fuzzedOf(schema, ctx).map(String) })
  options.push({ weight: 2, arbitrary: fc.constantFrom(...ctx.ids, ...ctx.codes) })
  if (name === '*')
    options.push({ weight: 3, arbitrary: fc.constantFrom('htmx.min.js', 'app.css', '../../package.json', '%2e%2e/x') })
  return fc.oneof(...options)
}

/** Percent-encodes the UTF-8 bytes of a value (a lone surrogate becomes U+FFFD, as a browser would send it). */
export function encodePart(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** `key=value&…` of a flat object: arrays repeat their key, objects are sent as JSON, null as ''. */
export function encodeForm(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value == null ? '' : encodePart(String(value))
  const parts: string[] = []
  for (const [k, v] of Object.entries(value)) {
    for (const item of Array.isArray(v) ? v : [v]) parts.push(`${encodePart(k)}=${encodePart(scalar(item))}`)
  }
  return parts.join('&')
}

const scalar = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)

/** The URL of a case: the pattern with its parameters encoded, then the query. */
export function urlOf(route: CatalogueRoute, c: FuzzCase): string {
  const path = route.url.replace(/:([A-Za-z0-9_]+)|\*/g, (m, name?: string) => {
    const v = c.params[name ?? '*'] ?? ''
    return m === '*' ? v.split('/').map(encodePart).join('/') : encodePart(v)
  })
  const query = encodeForm(c.query)
  return query ? `${path}?${query}` : path
}

/** The payload and content type of a case's body. */
export function payloadOf(route: CatalogueRoute, c: FuzzCase): { headers: Record<string, string>; payload?: string } {
  if (!UNSAFE.has(route.method)) return { headers: {} }
  const envelope = c.envelope === 'natural' ? (route.kind === 'api' ? 'json' : 'form') : c.envelope
  const body = withCsrfField(route, c)
  switch (envelope) {
    case 'json':
      return { headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body ?? {}) }
    case 'form':
      return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: encodeForm(body) }
    case 'text':
      return { headers: { 'content-type': 'text/plain' }, payload: scalar(body) }
    case 'multipart':
      return multipartOf(body)
    case 'empty':
      return {
        headers: { 'content-type': route.kind === 'api' ? 'application/json' : 'application/x-www-form-urlencoded' },
      }
    case 'invalid-json':
      return { headers: { 'content-type': 'application/json' }, payload: '{"a": [1, ' }
    default:
      return { headers: { 'content-type': 'application/json' }, payload: JSON.stringify(scalar(body)) }
  }
}

/** A form carries its CSRF token in `_csrf`, as the pages' forms do (a bad one when the case says so). */
function withCsrfField(route: CatalogueRoute, c: FuzzCase): unknown {
  if (route.kind !== 'page' || c.csrf === 'missing') return c.body
  const token = c.csrf === 'valid' ? csrfToken : 'bad-token'
  return c.body && typeof c.body === 'object' && !Array.isArray(c.body) ? { ...c.body, _csrf: token } : c.body
}

const BOUNDARY = '----escalefuzz'

function multipartOf(body: unknown): { headers: Record<string, string>; payload: string } {
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? Object.entries(body) : [['value', body]]
  const parts = fields.map(
    ([k, v]) => `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${String(k)}"\r\n\r\n${scalar(v)}\r\n`,
  )
  parts.push(
    `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="x.csv"\r\ncontent-type: text/csv\r\n\r\na,b\r\n1,2\r\n`,
  )
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: `${parts.join('')}--${BOUNDARY}--\r\n`,
  }
}

/** The inject options of a case as `identity` (headers for the bearer token; CSRF header unless missing). */
export function injectOptionsOf(route: CatalogueRoute, c: FuzzCase, identity: Identity): InjectOptions {
  const { headers, payload } = payloadOf(route, c)
  const options: InjectOptions = {
    method: route.method as InjectOptions['method'],
    url: urlOf(route, c),
    headers,
    payload,
  }
  if (c.transport === 'bearer' && identity.user) headers.authorization = `Bearer ${identity.user.token}`
  if (c.csrf === 'bad') headers['x-csrf-token'] = 'bad-token'
  return options
}
