import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from './build-test-app.js'

const app = await buildTestApp()
// A route that fails like a bug would, registered before the app is ready.
app.app.get('/app/boom', async () => {
  throw new Error('relation "secret_table" does not exist')
})
app.app.get('/api/v1/boom', async () => {
  throw new Error('relation "secret_table" does not exist')
})
const admin = await app.userOf('admin', 'all')

test('hides an unexpected error behind a generic 500 page with a request id', async () => {
  const res = await app.injectAs(admin, { method: 'GET', url: '/app/boom' })
  assert.equal(res.statusCode, 500)
  assert.match(res.body, /Erreur du système/)
  assert.doesNotMatch(res.body, /secret_table/)
  assert.match(res.body, /<code>[0-9a-f-]{36}<\/code>/)
  const api = await app.injectAs(admin, { method: 'GET', url: '/api/v1/boom' })
  assert.equal(api.statusCode, 500)
  assert.equal(api.json().error.code, 'INTERNAL')
  assert.doesNotMatch(api.body, /secret_table/)
})

test('answers 400, not 500, for malformed JSON and a JSON array body', async () => {
  const bad = await app.injectAs(admin, {
    method: 'POST',
    url: '/api/v1/service-points',
    headers: { 'content-type': 'application/json' },
    payload: '{"name":',
  })
  assert.equal(bad.statusCode, 400)
  assert.equal(typeof bad.json().error.message, 'string')
  const array = await app.injectAs(admin, { method: 'POST', url: '/api/v1/service-points', payload: [] })
  assert.equal(array.statusCode, 400)
})

test('answers 415 for an unsupported body type and 404 JSON for an unknown API path', async () => {
  const res = await app.injectAs(admin, {
    method: 'POST',
    url: '/api/v1/service-points',
    headers: { 'content-type': 'text/csv' },
    payload: 'a,b',
  })
  assert.equal(res.statusCode, 415)
  const missing = await app.injectAs(admin, { method: 'GET', url: '/api/v1/nothing-here' })
  assert.equal(missing.statusCode, 404)
  assert.equal(missing.json().error.code, 'NOT_FOUND')
})

test('refuses to start with an invalid configuration and lists every problem', () => {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://nope' },
    encoding: 'utf8',
  })
  assert.equal(res.status, 1)
  assert.match(res.stderr, /Invalid configuration/)
  for (const v of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) assert.match(res.stderr, new RegExp(v))
})

test('refuses to start on a data folder another process holds, with a clear message', {
  skip: process.env.DATABASE_URL ? 'embedded database only' : false,
}, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-held-'))
  fs.writeFileSync(path.join(dir, 'escale.lock'), String(process.pid))
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ESCALE_DATA_DIR: dir, DATABASE_URL: '', PORT: '0' },
    encoding: 'utf8',
  })
  assert.equal(res.status, 1)
  assert.match(res.stderr, new RegExp(`in use by another Escale process \\(pid ${process.pid}\\)`))
})

type BadInput = {
  name: string
  method: 'GET' | 'POST'
  url: string
  headers?: Record<string, string>
  payload?: string | object
  signedIn?: boolean
  lang: 'fr' | 'en'
  status: number
  message: RegExp
  /** The field the per-field message is keyed by (JSON answers). */
  field?: string
  /** Text of the request that must not come back in the answer. */
  secret?: string
}

const form = { 'content-type': 'application/x-www-form-urlencoded' }
const json = { 'content-type': 'application/json' }
const enCookie = { cookie: 'escale_lang=en' }
const nul = { fr: /caractère non permis/, en: /character that is not allowed/ }
const badInputs: BadInput[] = [
  {
    name: 'bad URL encoding, page',
    method: 'GET',
    url: '/app/admin/%ff',
    lang: 'fr',
    status: 400,
    message: /adresse n.est pas valide/,
    secret: '%ff',
  },
  {
    name: 'bad URL encoding, page, English',
    method: 'GET',
    url: '/app/admin/%ff',
    headers: enCookie,
    lang: 'en',
    status: 400,
    message: /address is not valid/,
    secret: '%ff',
  },
  {
    name: 'bad URL encoding, API',
    method: 'GET',
    url: '/api/v1/regions/%ff',
    signedIn: true,
    lang: 'fr',
    status: 400,
    message: /adresse n.est pas valide/,
    secret: '%ff',
  },
  {
    name: 'over-long route parameter',
    method: 'GET',
    url: `/fr/regions/${'a'.repeat(150)}`,
    lang: 'fr',
    status: 414,
    message: /trop longue/,
    secret: 'aaaaaaaaaa',
  },
  {
    name: 'over-long route parameter, English page',
    method: 'GET',
    url: `/en/regions/${'a'.repeat(150)}`,
    lang: 'en',
    status: 414,
    message: /too long/,
    secret: 'aaaaaaaaaa',
  },
  {
    name: 'over-long API parameter',
    method: 'GET',
    url: `/api/v1/service-points/${'a'.repeat(150)}`,
    signedIn: true,
    lang: 'fr',
    status: 414,
    message: /trop longue/,
    secret: 'aaaaaaaaaa',
  },
  {
    name: 'NUL in a public URL',
    method: 'GET',
    url: '/fr/regions/%00',
    lang: 'fr',
    status: 400,
    message: nul.fr,
    secret: '%00',
  },
  {
    name: 'NUL in a public URL, English',
    method: 'GET',
    url: '/en/regions/%00',
    lang: 'en',
    status: 400,
    message: nul.en,
    secret: '%00',
  },
  {
    name: 'NUL in an API URL',
    method: 'GET',
    url: '/api/v1/regions/%00',
    signedIn: true,
    lang: 'fr',
    status: 400,
    message: nul.fr,
    secret: '%00',
  },
  {
    name: 'NUL in an API URL, English',
    method: 'GET',
    url: '/api/v1/service-points/%00?lang=en',
    signedIn: true,
    lang: 'en',
    status: 400,
    message: nul.en,
    secret: '%00',
  },
  {
    name: 'NUL in a query string',
    method: 'GET',
    url: '/fr?q=a%00b',
    lang: 'fr',
    status: 400,
    message: nul.fr,
    secret: '%00',
  },
  {
    name: 'NUL in an API query string',
    method: 'GET',
    url: '/api/v1/service-points?lang=en&active=%00',
    signedIn: true,
    lang: 'en',
    status: 400,
    message: nul.en,
  },
  {
    name: 'NUL in a sign-in field',
    method: 'POST',
    url: '/app/connexion',
    headers: form,
    payload: `email=%00&password=x&_csrf=${encodeURIComponent(csrfToken)}`,
    lang: 'fr',
    status: 400,
    message: nul.fr,
  },
  {
    name: 'NUL in an API JSON string',
    method: 'POST',
    url: '/api/v1/service-points',
    headers: json,
    payload: { name: 'a\u0000b', regionCode: '11' },
    signedIn: true,
    lang: 'fr',
    status: 400,
    message: nul.fr,
    field: 'name',
  },
  {
    name: 'NUL in a nested API JSON string, English',
    method: 'POST',
    url: '/api/v1/service-points?lang=en',
    headers: json,
    payload: { hours: { fr: 'x\u0000' } },
    signedIn: true,
    lang: 'en',
    status: 400,
    message: nul.en,
    field: 'hours.fr',
  },
  {
    name: 'body too large, page',
    method: 'POST',
    url: '/app/connexion',
    headers: form,
    payload: `email=${'a'.repeat(1_100_000)}`,
    lang: 'fr',
    status: 413,
    message: /trop volumineu/,
  },
  {
    name: 'body too large, API, English',
    method: 'POST',
    url: '/api/v1/service-points',
    headers: { ...json, ...enCookie },
    payload: `{"name":"${'a'.repeat(1_100_000)}"}`,
    signedIn: true,
    lang: 'en',
    status: 413,
    message: /too large/,
  },
  {
    name: 'malformed JSON',
    method: 'POST',
    url: '/api/v1/service-points',
    headers: json,
    payload: '{"name":',
    signedIn: true,
    lang: 'fr',
    status: 400,
    message: /JSON/,
  },
  {
    name: 'malformed JSON, English',
    method: 'POST',
    url: '/api/v1/service-points?lang=en',
    headers: json,
    payload: '{"name":',
    signedIn: true,
    lang: 'en',
    status: 400,
    message: /JSON/,
  },
  {
    name: 'wrong content type',
    method: 'POST',
    url: '/api/v1/service-points',
    headers: { 'content-type': 'text/csv' },
    payload: 'a,b',
    signedIn: true,
    lang: 'fr',
    status: 415,
    message: /Type de contenu/,
  },
  {
    name: 'wrong content type on a page',
    method: 'POST',
    url: '/app/connexion',
    headers: { 'content-type': 'text/csv', ...enCookie },
    payload: 'a,b',
    lang: 'en',
    status: 415,
    message: /content type/,
  },
]

for (const c of badInputs) {
  test(`answers ${c.status} in ${c.lang === 'fr' ? 'French' : 'English'}, never a 500 or Fastify's default: ${c.name}`, async () => {
    const res = await app.injectAs(c.signedIn ? admin : null, {
      method: c.method,
      url: c.url,
      headers: c.headers,
      payload: c.payload,
    })
    assert.equal(res.statusCode, c.status, res.body.slice(0, 300))
    assert.match(res.headers['content-security-policy'] as string, /default-src 'self'/, 'security headers')
    assert.equal(res.headers['x-content-type-options'], 'nosniff')
    assert.doesNotMatch(res.body, /FST_|statusCode|Bad Request/, 'no Fastify default body')
    if (c.secret) assert.ok(!res.body.includes(c.secret), 'the request path is not echoed')
    const isApi = c.url.startsWith('/api/')
    if (isApi) {
      assert.match(res.headers['content-type'] as string, /application\/json/)
      const body = res.json() as { error: { code: string; message: string; fields?: Record<string, string> } }
      assert.match(c.field ? (body.error.fields?.[c.field] ?? '') : body.error.message, c.message)
    } else {
      assert.match(res.headers['content-type'] as string, /text\/html/)
      assert.match(res.body, new RegExp(`<html lang="${c.lang}-CA"`))
      assert.match(res.body, c.message)
    }
  })
}

test('answers JSON, not a page, for bad input to /health', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/health?probe=%00' })
  assert.equal(res.statusCode, 400)
  assert.match(res.headers['content-type'] as string, /application\/json/)
})
