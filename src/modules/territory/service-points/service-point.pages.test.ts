import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { createOrganization } from '../../partners/index.js'
import { getServicePointOrThrow } from './service-point.service.js'

const app = await buildTestApp()
const BASE = '/app/admin/points-de-service'
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
const valid = {
  regionCode: '11',
  name: 'Percé',
  hostKind: 'services_quebec',
  hostName: 'Services Québec',
  streetAddress: '1, rue A',
  city: 'Percé',
  validFrom: '2024-01-01',
}
let admin: TestUser

before(async () => {
  admin = await app.userOf('admin', 'all')
})

async function auditCount(entityId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    app.system.db,
    sql`select count(*)::int as n from access.audit_events where entity_id = ${entityId}`,
  )
  return row!.n
}

describe('editing a service point through its form', () => {
  test('refuses a cleared required field: the error is on the field, the old value stays, no audit event', async () => {
    const sp = await buildServicePoint(app.system, { city: 'Gaspé' })
    const before = await auditCount(sp.id)
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: `${BASE}/${sp.id}`,
      headers: formHeaders,
      payload: form({ ...valid, name: sp.name, city: '' }),
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /id="f-city-error"[^>]*>Ce champ est obligatoire/)
    assert.equal((await getServicePointOrThrow(app.system, sp.id)).city, 'Gaspé')
    assert.equal(await auditCount(sp.id), before)
  })

  test('clears an optional field left empty (a form edit replaces the whole record)', async () => {
    const sp = await buildServicePoint(app.system, { postalCode: 'G4X 1A1', hoursFr: 'De 8 h à 16 h' })
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: `${BASE}/${sp.id}`,
      headers: formHeaders,
      payload: form({ ...valid, name: sp.name }),
    })
    assert.equal(res.statusCode, 303)
    const after = await getServicePointOrThrow(app.system, sp.id)
    assert.equal(after.postalCode, null)
    assert.equal(after.hoursFr, null)
  })

  test('answers 404 for an unknown or malformed id (400 for a NUL byte), never 500', async () => {
    for (const [id, status] of [
      ['00000000-0000-4000-8000-000000000000', 404],
      ['x', 404],
      ['%00', 400],
    ] as const) {
      const res = await app.injectAs(admin, {
        method: 'POST',
        url: `${BASE}/${id}`,
        headers: formHeaders,
        payload: form(valid),
      })
      assert.equal(res.statusCode, status, id)
    }
  })
})

describe('bad dates', () => {
  test('answers 400 with a message for a year PostgreSQL refuses, on the API and on the form', async () => {
    for (const validFrom of ['0000-01-01', '1899-12-31', '2200-01-01', '2024-02-30']) {
      const api = await app.injectAs(admin, {
        method: 'POST',
        url: '/api/v1/service-points',
        payload: { ...valid, name: `API ${validFrom}`, validFrom },
      })
      assert.equal(api.statusCode, 400, validFrom)
      assert.ok(api.json().error.fields.validFrom, validFrom)
      const page = await app.injectAs(admin, {
        method: 'POST',
        url: `${BASE}/nouveau`,
        headers: formHeaders,
        payload: form({ ...valid, name: `Form ${validFrom}`, validFrom }),
      })
      assert.equal(page.statusCode, 400, validFrom)
      assert.match(page.body, /id="f-validFrom-error"/)
    }
  })
})

describe('who may open the form', () => {
  test('refuses the new-service-point form to every role but admin, before anything is typed', async () => {
    const org = await createOrganization(app.system, {
      name: `Organisme ${Date.now()}`,
      kind: 'community',
      regionCode: '11',
    })
    const users = [
      await app.userOf('partner', 'organization', org.id),
      await app.userOf('agent', 'region', '11'),
      await app.userOf('advisor', 'region', '11'),
      await app.userOf('director', 'region', '11'),
    ]
    for (const user of users) {
      const res = await app.injectAs(user, { method: 'GET', url: `${BASE}/nouveau` })
      assert.equal(res.statusCode, 403, user.email)
      assert.doesNotMatch(res.body, /name="streetAddress"/, user.email)
    }
    assert.equal((await app.injectAs(admin, { method: 'GET', url: `${BASE}/nouveau` })).statusCode, 200)
  })

  test('shows other staff a read-only page instead of a form they could not submit', async () => {
    const sp = await buildServicePoint(app.system, { regionCode: '11' })
    const agent = await app.userOf('agent', 'region', '11')
    const res = await app.injectAs(agent, { method: 'GET', url: `${BASE}/${sp.id}` })
    assert.equal(res.statusCode, 200)
    assert.doesNotMatch(res.body, /<form method="post"[^>]*action="\/app\/admin\/points-de-service\//)
    assert.match(res.body, /Gaspésie–Îles-de-la-Madeleine/)
  })
})

describe('the list', () => {
  test('shows region names, not codes', async () => {
    await buildServicePoint(app.system, { regionCode: '01', name: 'Rimouski centre' })
    const fr = await app.injectAs(admin, { method: 'GET', url: BASE })
    assert.match(fr.body, /<td>Bas-Saint-Laurent<\/td>/)
    assert.doesNotMatch(fr.body, /<td>01<\/td>/)
  })

  test('filters by words without accents; htmx gets only the results, others the whole page', async () => {
    await buildServicePoint(app.system, {
      regionCode: '11',
      name: 'Îles-de-la-Madeleine (Cap-aux-Meules)',
      city: 'Cap-aux-Meules',
    })
    await buildServicePoint(app.system, { regionCode: '01', name: 'Matane centre', city: 'Matane' })
    const page = await app.injectAs(admin, { method: 'GET', url: `${BASE}?q=iles%20de%20la` })
    assert.match(page.body, /^<!doctype html>/)
    assert.match(page.body, /Cap-aux-Meules/)
    assert.doesNotMatch(page.body, /Matane centre/)
    const fragment = await app.injectAs(admin, {
      method: 'GET',
      url: `${BASE}?q=ILES`,
      headers: { 'hx-request': 'true' },
    })
    assert.match(fragment.body, /^<div id="results"/)
    assert.match(fragment.body, /Cap-aux-Meules/)
    assert.equal(fragment.headers.vary?.toString().includes('HX-Request'), true)
    const none = await app.injectAs(admin, { method: 'GET', url: `${BASE}?q=${encodeURIComponent("' or 1=1 --")}` })
    assert.equal(none.statusCode, 200)
    assert.doesNotMatch(none.body, /Cap-aux-Meules/)
  })

  test('a filter that does not validate shows the list page again with the error on the filter, never a dead end', async () => {
    const res = await app.injectAs(admin, { method: 'GET', url: `${BASE}?region=zz` })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<h1>Points de services<\/h1>/, 'the list page, not an error page')
    assert.match(res.body, /<div class="qc-select field-invalid">/)
    assert.match(res.body, /<span id="f-region-error">[^<]+<\/span>/)

    const long = `<b>${'é'.repeat(101)}`
    const page = await app.injectAs(admin, { method: 'GET', url: `${BASE}?q=${encodeURIComponent(long)}` })
    assert.equal(page.statusCode, 400)
    assert.match(
      page.body,
      /<input id="f-q" name="q" type="search" value="&lt;b>é{101}" maxLength="100"|maxlength="100"/i,
    )
    assert.match(page.body, /<span id="f-q-error">Au plus 100 caractères\.?<\/span>/)
    assert.match(page.body, /<div id="results" aria-live="polite"><div class="qc-notice qc-error" role="alert">/)
    assert.doesNotMatch(page.body, /<b>é/, 'what was typed is shown escaped')

    // A live filter replaces only the results: the error is said there, and htmx is told to swap a 400 in.
    const fragment = await app.injectAs(admin, {
      method: 'GET',
      url: `${BASE}?q=${'x'.repeat(101)}`,
      headers: { 'hx-request': 'true' },
    })
    assert.equal(fragment.statusCode, 400)
    assert.match(fragment.body, /^<div id="results" aria-live="polite"><div class="qc-notice qc-error" role="alert">/)
    assert.match(fragment.body, /Au plus 100 caractères/)
    const english = await app.injectAs(admin, { method: 'GET', url: `${BASE}?q=${'x'.repeat(101)}&lang=en` })
    assert.match(english.body, /At most 100 characters/)
  })
})
