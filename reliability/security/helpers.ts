// Helpers of the security part of the reliability suite: filling a route pattern, a fingerprint of the database to
// prove a refused request changed nothing, and the headers every answer must carry.
import assert from 'node:assert/strict'
import { sql } from 'drizzle-orm'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { type Db, queryRows } from '../../src/platform/db/database.js'
import { csrfRefused } from '../../src/platform/http/csrf.js'

/** A URL for a route pattern: every `:param` gets a well-formed id that names nothing, `*` a file name. */
export function fillPattern(url: string): string {
  return url
    .replace(/:(\w+)/g, (_m, name: string) => (/code/i.test(name) ? '99' : crypto.randomUUID()))
    .replace('*', 'x.css')
}

/** Row counts of every application table: a refused request must leave them as they were. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_schema || '.' || table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'drizzle')
      order by 1`,
  )
  const counts: Record<string, number> = {}
  for (const { name } of tables) {
    const [schema, table] = name.split('.') as [string, string]
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(schema)}.${sql.identifier(table)}`,
    )
    counts[name] = row!.n
  }
  return counts
}

/** The security headers every answer carries; answers how many header checks were made. */
export function assertSecurityHeaders(res: LightMyRequestResponse, what: string): number {
  const h = res.headers
  const csp = String(h['content-security-policy'] ?? '')
  assert.match(csp, /default-src 'self'/, `${what}: CSP default-src`)
  assert.match(csp, /script-src 'self'(;|$)/, `${what}: CSP script-src without inline code`)
  assert.match(csp, /frame-ancestors 'none'/, `${what}: CSP frame-ancestors`)
  assert.match(csp, /object-src 'none'/, `${what}: CSP object-src`)
  assert.match(csp, /form-action 'self'/, `${what}: CSP form-action`)
  assert.equal(h['x-frame-options'], 'SAMEORIGIN', `${what}: X-Frame-Options`)
  assert.equal(h['x-content-type-options'], 'nosniff', `${what}: nosniff`)
  assert.equal(h['referrer-policy'], 'same-origin', `${what}: Referrer-Policy`)
  assert.match(String(h['strict-transport-security'] ?? ''), /max-age=\d{7,}/, `${what}: HSTS`)
  assert.equal(h['x-powered-by'], undefined, `${what}: no X-Powered-By`)
  return 10
}

/** The message of a refusal, page or JSON: a 403 must say why. */
export function refusalMessage(res: LightMyRequestResponse): string {
  if (String(res.headers['content-type']).includes('json')) return String(res.json().error?.message ?? '')
  const { fr, en } = csrfRefused().localized
  return [fr, en].find((text) => res.body.includes(text.replaceAll('’', '&#x27;')) || res.body.includes(text)) ?? ''
}

/** A hostile return address: external, protocol-relative, `javascript:`, backslash and encoded tricks. */
export const hostileNext = [
  'https://evil.example/app',
  '//evil.example/app',
  '/\\evil.example',
  '\\\\evil.example',
  '/app\\@evil.example',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '/%2F%2Fevil.example',
  '/app//evil.example',
  '/app/../..//evil.example',
  'http:evil.example',
  '/app@evil.example',
  'data:text/html,<script>alert(1)</script>',
  '/app\t//evil.example',
  '%2F%2Fevil.example',
]

/** A real CSRF cookie and its page's token, as a browser gets them from the sign-in page. */
export async function browserCsrf(app: FastifyInstance): Promise<{ cookie: string; token: string }> {
  const res = await app.inject({ method: 'GET', url: '/app/connexion' })
  const cookie = res.cookies.find((c) => c.name === 'escale_csrf')!.value
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)![1]!
  return { cookie, token }
}

/** Whether a redirect's location leaves the site: another origin, protocol-relative, backslashes, a scheme. */
export function offSite(location: string): boolean {
  const target = new URL(location, 'https://escale.example')
  return target.origin !== 'https://escale.example' || /^[/\\]{2}|^\/\\/.test(location) || /^\s*[a-z]+:/i.test(location)
}

/** What the security part counts, all at zero. */
export function securityCounts() {
  return {
    forms: 0,
    formRequests: 0,
    apiWrites: 0,
    apiRequests: 0,
    headerRoutes: 0,
    headerChecks: 0,
    cookieChecks: 0,
    revocations: 0,
    signIns: 0,
    redirects: 0,
  }
}
