import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { DEMO_DIRECTORATE, loadDemo } from '../../../seed/demo.js'
import { findDirectorateByName } from '../../territory/index.js'
import { computeBilan } from './bilan.service.js'

const app = await buildTestApp()
before(() => loadDemo(app.base))
const period = 'from=2019-08-01&to=2021-06-30'
const api = (q: string) => `/api/v1/reports/bilan?${q}`
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

test('the API answers the Bilan in every format, with content types and the JSON fields', async () => {
  const admin = await app.userOf('admin', 'all')
  const res = await app.injectAs(null, { method: 'GET', url: api(`region=11&${period}`), headers: bearer(admin.token) })
  assert.equal(res.statusCode, 200, res.body)
  assert.match(res.headers['content-type'] as string, /application\/json/)
  const json = res.json()
  assert.equal(json.personsAccompanied, 83)
  assert.equal(json.enterprisesAccompanied, 19)
  assert.equal(json.agreements, 7)
  assert.deepEqual(json.team, { advisors: 2, agents: 2 })
  assert.equal(json.region.code, '11')
  assert.deepEqual(json.period, { from: '2019-08-01', to: '2021-06-30' })
  assert.ok(json.servicePoints.every((p: Record<string, string>) => p.hostName && p.streetAddress && p.city))
  assert.ok(json.definitions.personsAccompanied.fr)
  assert.equal(json.contact.phone, '1 833 273-4667')
  const types = { md: /text\/markdown/, html: /text\/html/, pdf: /application\/pdf/, docx: /officedocument/ }
  for (const [format, type] of Object.entries(types)) {
    const r = await app.injectAs(null, {
      method: 'GET',
      url: api(`region=11&${period}&format=${format}&lang=en`),
      headers: bearer(admin.token),
    })
    assert.equal(r.statusCode, 200, `${format}: ${r.body.slice(0, 200)}`)
    assert.match(r.headers['content-type'] as string, type)
    assert.match(
      r.headers['content-disposition'] as string,
      new RegExp(`attachment; filename="bilan-gaspesie-iles-de-la-madeleine-2019-08-01-2021-06-30\\.${format}"`),
    )
  }
})

test('the API: 400 for bad input, 404 out of scope or unknown, 403 without permission, a directorate', async () => {
  const admin = await app.userOf('admin', 'all')
  const director01 = await app.userOf('director', 'region', '01')
  const partner = await app.userOf('partner', 'all')
  const get = (token: string, q: string) => app.injectAs(null, { method: 'GET', url: api(q), headers: bearer(token) })
  for (const q of [
    `region=11&from=2021-13-01&to=2021-06-30`,
    `region=11&from=2021-06-30&to=2019-08-01`,
    period,
    `region=11&${period}&format=odt`,
    `region=11&directorate=00000000-0000-4000-8000-000000000000&${period}`,
  ]) {
    const r = await get(admin.token, q)
    assert.equal(r.statusCode, 400, q)
    assert.ok(r.json().error.code, q)
  }
  assert.equal((await get(admin.token, `region=99&${period}`)).statusCode, 404)
  assert.equal((await get(director01.token, `region=11&${period}`)).statusCode, 404)
  const directorate = await findDirectorateByName(app.database.db, DEMO_DIRECTORATE)
  assert.equal((await get(director01.token, `directorate=${directorate!.id}&${period}`)).statusCode, 404)
  const whole = await get(admin.token, `directorate=${directorate!.id}&${period}`)
  assert.deepEqual(
    whole.json().regions.map((r: { code: string }) => r.code),
    ['01', '11'],
  )
  assert.equal((await get(partner.token, `region=11&${period}`)).statusCode, 403)
  const spec = await app.injectAs(null, { method: 'GET', url: '/documentation/json' })
  if (spec.statusCode === 200)
    assert.ok(spec.json().paths['/api/v1/reports/bilan'], 'the route is in the OpenAPI document')
})

test('the staff page: the form, the preview with figures and links, downloads, bad input (fr/en)', async () => {
  const agent = await app.userOf('agent', 'region', '11')
  const empty = await app.injectAs(agent, { method: 'GET', url: '/app/bilans' })
  assert.equal(empty.statusCode, 200)
  assert.match(empty.body, /name="from"/)
  const page = await app.injectAs(agent, { method: 'GET', url: `/app/bilans?region=11&${period}&langue=fr` })
  assert.equal(page.statusCode, 200, page.body.slice(0, 500))
  for (const text of [
    'Personnes accompagnées',
    '>83<',
    '>19<',
    'Direction régionale du Bas-Saint-Laurent',
    '/app/bilans/telecharger?region=11&amp;from=2019-08-01&amp;to=2021-06-30&amp;langue=fr&amp;format=pdf',
    '/app/bilans/chiffres/personsAccompanied?region=11',
  ]) {
    assert.ok(page.body.includes(text), text)
  }
  assert.ok(!page.body.includes('/app/bilans/chiffres/enterprisesAccompanied'), 'an agent may not read enterprises')
  assert.ok(!page.body.includes('/app/bilans/texte'), 'an agent does not edit the text')
  const en = await app.injectAs({ ...agent }, { method: 'GET', url: `/app/bilans?region=11&${period}&langue=en` })
  assert.equal(en.statusCode, 200)
  assert.ok(!String(en.headers['set-cookie'] ?? '').includes('escale_lang'), 'the English Bilan keeps the interface')
  assert.match(en.body, /<html lang="fr/)
  assert.match(en.body, /name="langue"/)
  assert.ok(en.body.includes('&amp;langue=en&amp;format=pdf'), 'downloads keep the document language')
  const dl = await app.injectAs(agent, {
    method: 'GET',
    url: `/app/bilans/telecharger?region=11&${period}&langue=en&format=md`,
  })
  assert.equal(dl.statusCode, 200)
  assert.match(dl.headers['content-type'] as string, /text\/markdown/)
  assert.match(dl.body, /Report on Achievements/)
  for (const q of [
    'region=11&from=2021-06-30&to=2019-08-01',
    `region=01&${period}`,
    `region=zz&${period}`,
    'region=11&from=x&to=y',
  ]) {
    const r = await app.injectAs(agent, { method: 'GET', url: `/app/bilans?${q}` })
    assert.equal(r.statusCode, 400, q)
    assert.match(r.body, /error-summary/, q)
  }
  assert.equal(
    (await app.injectAs(agent, { method: 'GET', url: `/app/bilans/telecharger?region=11&${period}&format=odt` }))
      .statusCode,
    400,
  )
})

test('the drill-down lists the records behind each figure, audits persons, and keeps its 403/404 rules', async () => {
  const director = await app.userOf('director', 'region', '11')
  const model = await computeBilan(
    app.database.db,
    { regionCode: '11', from: '2019-08-01', to: '2021-06-30' },
    new Date(),
  )
  const records = async (figure: string) => {
    const r = await app.injectAs(null, {
      method: 'GET',
      url: `/api/v1/reports/bilan/records?figure=${figure}&region=11&${period}`,
      headers: bearer(director.token),
    })
    assert.equal(r.statusCode, 200, `${figure}: ${r.body.slice(0, 200)}`)
    return r.json()
  }
  assert.equal((await records('personsAccompanied')).count, model.personsAccompanied)
  assert.equal((await records('enterprisesAccompanied')).count, model.enterprisesAccompanied)
  assert.equal((await records('agreements')).count, model.agreements)
  assert.equal((await records('team')).count, model.team.advisors + model.team.agents)
  assert.equal((await records('servicePoints')).count, model.servicePoints.length)
  assert.equal(
    (await records('actionKinds')).count,
    model.actionKinds.reduce((n, k) => n + k.count, 0),
  )
  assert.equal((await records('resourceOrganizations')).count, model.resourceOrganizations.length)
  const amounts = (await records('committedAmounts')).records.reduce(
    (n: number, r: { fields: { amountCents: number } }) => n + r.fields.amountCents,
    0,
  )
  assert.equal(
    amounts,
    model.committedAmounts.reduce((n, a) => n + a.amountCents, 0),
  )
  const page = await app.injectAs(director, {
    method: 'GET',
    url: `/app/bilans/chiffres/personsAccompanied?region=11&${period}`,
  })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /href="\/app\/personnes\/[0-9a-f-]{36}"/)
  const rows = await queryRows<{ details: Record<string, unknown> }>(
    app.database.db,
    sql`select details from access.audit_events where action = 'bilan.drilldown_viewed' order by id`,
  )
  assert.ok(rows.length >= 2)
  assert.deepEqual(rows[0]!.details, {
    figure: 'personsAccompanied',
    regions: ['11'],
    from: '2019-08-01',
    to: '2021-06-30',
    count: 83,
  })
  const agent = await app.userOf('agent', 'region', '11')
  assert.equal(
    (
      await app.injectAs(agent, {
        method: 'GET',
        url: `/app/bilans/chiffres/enterprisesAccompanied?region=11&${period}`,
      })
    ).statusCode,
    403,
  )
  assert.equal(
    (await app.injectAs(agent, { method: 'GET', url: `/app/bilans/chiffres/servicePoints?region=01&${period}` }))
      .statusCode,
    404,
  )
  assert.equal(
    (await app.injectAs(agent, { method: 'GET', url: `/app/bilans/chiffres/nothing?region=11&${period}` })).statusCode,
    404,
  )
  assert.equal(
    (await app.injectAs(agent, { method: 'GET', url: '/app/bilans/chiffres/team?region=11&from=x&to=y' })).statusCode,
    400,
  )
})

test('the director-only pages: 403 for an agent whatever the query, the Bilan form with its errors (400) on bad input', async () => {
  const agent = await app.userOf('agent', 'region', '11')
  const director = await app.userOf('director', 'region', '11')
  for (const path of ['/app/bilans/texte', '/app/bilans/publier']) {
    for (const q of [`region=11&${period}`, 'region=abc&from=&to=']) {
      assert.equal((await app.injectAs(agent, { method: 'GET', url: `${path}?${q}` })).statusCode, 403, `${path}?${q}`)
    }
    for (const q of [
      'region=11&from=2021-06-30&to=2019-08-01',
      'region=11&from=2021-02-01&to=2021-02-30',
      `region=abc&${period}`,
      'region=11&from=&to=',
    ]) {
      const r = await app.injectAs(director, { method: 'GET', url: `${path}?${q}` })
      assert.equal(r.statusCode, 400, `${path}?${q}`)
      assert.match(r.body, /error-summary/, `${path}?${q}`)
      assert.match(r.body, /name="langue"/, `${path}?${q}: the Bilan's form`)
    }
  }
})

test('publishing refuses a period that ends after today (Québec civil date): the form, 400, a message on the end', async () => {
  const director = await app.userOf('director', 'region', '11')
  const r = await app.injectAs(director, {
    method: 'GET',
    url: '/app/bilans/publier?region=11&from=2019-08-01&to=2099-06-30',
  })
  assert.equal(r.statusCode, 400)
  assert.match(r.body, /La période d’un bilan publié doit être terminée/)
  const past = await app.injectAs(director, { method: 'GET', url: `/app/bilans/publier?region=11&${period}` })
  assert.equal(past.statusCode, 200)
})

test('the staff publications table names the region', async () => {
  const director = await app.userOf('director', 'region', '11')
  const r = await app.injectAs(director, { method: 'GET', url: '/app/bilans/publications?region=11' })
  assert.equal(r.statusCode, 200)
  assert.match(r.body, /<td>Gaspésie–Îles-de-la-Madeleine<\/td>/)
})
