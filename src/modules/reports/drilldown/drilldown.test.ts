import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../test/factories/employers.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { buildOrganization } from '../../../../test/factories/referrals.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { voletLabels } from '../../people/index.js'
import { byOpening } from '../bilan/bilan.service.js'
import { needsByVoletChart } from '../dashboards/charts/needs-by-volet.chart.js'
import { resolveFilter } from '../dashboards/dashboard.filter.js'

// The drill-down's rules beyond the Bilan's own tests (bilan.http.test.ts): persons limited to the caller's dossiers
// (a service point's agent), counted but not named when hidden; pages of 100; enterprise names; the period's length.
const app = await buildTestApp()
const period = 'from=2020-01-01&to=2020-12-31'
const [pointA, pointB] = [
  await buildServicePoint(app.system, { regionCode: '11', name: 'Point A' }),
  await buildServicePoint(app.system, { regionCode: '11', name: 'Point B' }),
]

/** `n` persons, each with one dossier at the point and one intervention in the period. */
async function accompanied(pointId: string, n: number, familyName: string) {
  for (let i = 0; i < n; i++) {
    const dossier = await buildDossier(app.system, { regionCode: '11', servicePointId: pointId })
    await app.system.db.execute(
      sql`update people.persons set family_name = ${`${familyName}${String(i).padStart(3, '0')}`} where id = ${dossier.personId}`,
    )
    await buildIntervention(app.system, dossier, { occurredOn: '2020-05-04' })
  }
}
await accompanied(pointA.id, 3, 'Alpha')
await accompanied(pointB.id, 102, 'Bravo')

const recordsOf = async (token: string, q: string) => {
  const url = `/api/v1/reports/bilan/records?figure=personsAccompanied&region=11&${period}&${q}`
  const r = await app.injectAs(null, { method: 'GET', url, headers: { authorization: `Bearer ${token}` } })
  assert.equal(r.statusCode, 200, r.body.slice(0, 300))
  return r.json()
}

test('a service point’s agent sees only the persons of their dossiers, and how many others the figure counts', async () => {
  const agent = await app.userOf('agent', 'service_point', pointA.id)
  const json = await recordsOf(agent.token, '')
  assert.equal(json.count, 105)
  assert.equal(json.total, 3)
  assert.equal(json.hidden, 102)
  assert.deepEqual(
    json.records.map((r: { name: string }) => r.name.split(' ')[1]),
    ['Alpha000', 'Alpha001', 'Alpha002'],
  )
  const page = await app.injectAs(agent, {
    method: 'GET',
    url: `/app/bilans/chiffres/personsAccompanied?region=11&${period}`,
  })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /102 dossiers de ce chiffre ne vous sont pas montrés/)
  assert.doesNotMatch(page.body, /Bravo/)
  assert.match(page.body, /Dossiers 1 à 3 sur 3/)
})

test('persons are listed 100 a page (page links without script, the API’s limit and offset), each page audited', async () => {
  const director = await app.userOf('director', 'region', '11')
  const directorId = director.actor.kind === 'user' ? director.actor.userId : ''
  const base = `/app/bilans/chiffres/personsAccompanied?region=11&${period}`
  const first = await app.injectAs(director, { method: 'GET', url: base })
  assert.equal(first.statusCode, 200)
  assert.match(first.body, /Dossiers 1 à 100 sur 105/)
  assert.equal((first.body.match(/href="\/app\/personnes\//g) ?? []).length, 100)
  assert.match(first.body, /href="[^"]*page=2"[^>]*>Page suivante/)
  assert.doesNotMatch(first.body, /Page précédente/)
  const second = await app.injectAs(director, { method: 'GET', url: `${base}&page=2` })
  assert.match(second.body, /Dossiers 101 à 105 sur 105/)
  assert.equal((second.body.match(/href="\/app\/personnes\//g) ?? []).length, 5)
  assert.match(second.body, /href="[^"]*page=1"[^>]*>Page précédente/)
  assert.doesNotMatch(second.body, /Page suivante/)
  const audits = await queryRows<{ details: { figure: string; count: number } }>(
    app.database.db,
    sql`select details from access.audit_events where action = 'bilan.drilldown_viewed' and actor_user_id = ${directorId} order by id`,
  )
  assert.deepEqual(
    audits.map((a) => [a.details.figure, a.details.count]),
    [
      ['personsAccompanied', 100],
      ['personsAccompanied', 5],
    ],
  )
  const json = await recordsOf(director.token, 'limit=2&offset=3')
  assert.deepEqual([json.total, json.hidden, json.offset, json.limit, json.records.length], [105, 0, 3, 2, 2])
  assert.deepEqual(
    json.records.map((r: { name: string }) => r.name.split(' ')[1]),
    ['Bravo000', 'Bravo001'],
  )
})

test('the enterprises behind the figure are named by the employers module', async () => {
  const enterprise = await buildEnterprise(app.system, { legalName: 'Poissonnerie du Havre inc.' })
  await buildAdvisorService(app.system, enterprise, { servedOn: '2020-06-15' })
  const director = await app.userOf('director', 'region', '11')
  const url = `/api/v1/reports/bilan/records?figure=enterprisesAccompanied&region=11&${period}`
  const r = await app.injectAs(null, { method: 'GET', url, headers: { authorization: `Bearer ${director.token}` } })
  assert.equal(r.statusCode, 200, r.body.slice(0, 300))
  assert.deepEqual(
    r.json().records.map((e: { name: string }) => e.name),
    ['Poissonnerie du Havre inc.'],
  )
})

test('a period longer than ten years is refused on `to` (Bilan API, drill-down page, dashboards)', async () => {
  const admin = await app.userOf('admin', 'all')
  const long = 'from=2010-01-01&to=2020-01-01'
  const api = await app.injectAs(null, {
    method: 'GET',
    url: `/api/v1/reports/bilan?region=11&${long}`,
    headers: { authorization: `Bearer ${admin.token}` },
  })
  assert.equal(api.statusCode, 400)
  assert.match(api.body, /10 (ans|years)/)
  const page = await app.injectAs(admin, { method: 'GET', url: `/app/bilans/chiffres/team?region=11&${long}` })
  assert.equal(page.statusCode, 400)
  assert.match(page.body, /La période ne peut dépasser 10 ans/)
  const ok = await app.injectAs(admin, {
    method: 'GET',
    url: '/app/bilans/chiffres/team?region=11&from=2010-01-01&to=2019-12-31',
  })
  assert.equal(ok.statusCode, 200)
  const ctx = { ...app.system, now: new Date('2026-11-27T15:00:00Z') }
  const choices = { regions: [{ code: '11' }], servicePoints: [] }
  const refused = resolveFilter(ctx, { from: '1900-01-01', to: '2199-12-31' }, choices)
  assert.deepEqual(refused.errors?.to?.en, 'The period cannot be longer than 10 years.')
  assert.ok(resolveFilter(ctx, { from: '2016-04-01', to: '2026-03-31' }, choices).filter)
})

test('service points are ordered by opening day, then name; the needs chart names volets as the people module', () => {
  const points = [
    { name: 'Services Québec — Carleton-sur-Mer', validFrom: '2019-08-01' },
    { name: 'Services Québec — Gaspé (Montée de Sandy Beach)', validFrom: '2019-08-01' },
    { name: 'Services Québec — Gaspé (rue de la Cathédrale)', validFrom: '2019-04-01' },
  ]
  assert.deepEqual(
    byOpening(points).map((p) => p.name.slice(18)),
    ['Gaspé (rue de la Cathédrale)', 'Carleton-sur-Mer', 'Gaspé (Montée de Sandy Beach)'],
  )
  assert.equal(needsByVoletChart.columns.find((c) => c.key === 'volet')?.codes, voletLabels)
})

test('an anonymous visitor is sent to sign in before the figure or the period is judged; a partner is refused', async () => {
  const partner = await app.userOf('partner', 'organization', (await buildOrganization(app.system)).id)
  for (const url of ['/app/bilans/chiffres/team', '/app/bilans/chiffres/inconnu', '/app/bilans/chiffres/team?to=x']) {
    const anonymous = await app.injectAs(null, { method: 'GET', url })
    assert.equal(anonymous.statusCode, 303, url)
    assert.match(String(anonymous.headers.location), /^\/app\/connexion/)
    assert.equal((await app.injectAs(partner, { method: 'GET', url })).statusCode, 403, url)
  }
})
