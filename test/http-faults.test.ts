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
  const bad = await app.injectAs(admin, { method: 'POST', url: '/api/v1/service-points', headers: { 'content-type': 'application/json' }, payload: '{"name":' })
  assert.equal(bad.statusCode, 400)
  assert.equal(typeof bad.json().error.message, 'string')
  const array = await app.injectAs(admin, { method: 'POST', url: '/api/v1/service-points', payload: [] })
  assert.equal(array.statusCode, 400)
})

test('answers 415 for an unsupported body type and 404 JSON for an unknown API path', async () => {
  const res = await app.injectAs(admin, { method: 'POST', url: '/api/v1/service-points', headers: { 'content-type': 'text/csv' }, payload: 'a,b' })
  assert.equal(res.statusCode, 415)
  const missing = await app.injectAs(admin, { method: 'GET', url: '/api/v1/nothing-here' })
  assert.equal(missing.statusCode, 404)
  assert.equal(missing.json().error.code, 'NOT_FOUND')
})

test('rate-limits sign-in attempts from one address', async () => {
  const form = new URLSearchParams({ email: 'x@test.example', password: 'wrong', _csrf: csrfToken }).toString()
  const statuses: number[] = []
  for (let i = 0; i < 12; i++) {
    const res = await app.injectAs(null, { method: 'POST', url: '/app/connexion', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form })
    statuses.push(res.statusCode)
  }
  assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401))
  assert.equal(statuses[10], 429)
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

test('refuses to start on a data folder another process holds, with a clear message', { skip: process.env.DATABASE_URL ? 'embedded database only' : false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-held-'))
  fs.writeFileSync(path.join(dir, 'escale.lock'), String(process.pid))
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ESCALE_DATA_DIR: dir, DATABASE_URL: '', PORT: '0' },
    encoding: 'utf8',
  })
  assert.equal(res.status, 1)
  assert.match(res.stderr, new RegExp(`in use by another Escale process \\(pid ${process.pid}\\)`))
})
