import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../test/factories/employers.js'
import { civilDate } from '../../territory/index.js'
import { queryRows } from '../../../platform/db/database.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const otherAdvisor = await app.userOf('advisor', 'region', '11')
const montrealAdvisor = await app.userOf('advisor', 'region', '06')
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const admin = await app.userOf('admin', 'all')
type User = typeof advisor
const api = (user: User, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })

const enterprise = await buildEnterprise(app.system)
const elsewhere = await buildEnterprise(app.system, { regionCode: '06', mrcCode: null, city: 'Montréal' })
const today = civilDate(new Date())
const tomorrow = civilDate(new Date(Date.now() + 36 * 3600 * 1000))

const valid = {
  enterpriseId: enterprise.id,
  kind: 'recruitment_strategy',
  servedOn: '2020-09-14',
  outcome: 'Stratégie de recrutement à l’étranger préparée.',
  followUpOn: '2020-10-14',
}

describe('POST /api/v1/advisor-services', () => {
  test('records a service in the name of the signed-in advisor (201), then reads it', async () => {
    const res = await api(advisor, 'POST', '/api/v1/advisor-services', valid)
    assert.equal(res.statusCode, 201, res.body)
    const service = res.json()
    assert.equal(service.advisorId, advisor.actor.kind === 'user' ? advisor.actor.userId : '')
    assert.match(service.advisorName, /Test advisor/)
    assert.equal(service.enterpriseName, enterprise.legalName)
    assert.equal(service.regionCode, '11')
    assert.equal(service.followUpStatus, 'overdue')
    const read = await api(director, 'GET', `/api/v1/advisor-services/${service.id}`)
    assert.equal(read.statusCode, 200)
    assert.equal(read.json().outcome, valid.outcome)
  })

  test('records a service for another advisor of the region', async () => {
    const otherId = otherAdvisor.actor.kind === 'user' ? otherAdvisor.actor.userId : ''
    const res = await api(admin, 'POST', '/api/v1/advisor-services', { ...valid, advisorId: otherId })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().advisorId, otherId)
  })

  const montrealId = montrealAdvisor.actor.kind === 'user' ? montrealAdvisor.actor.userId : ''
  const directorId = director.actor.kind === 'user' ? director.actor.userId : ''
  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['a service date in the future', { servedOn: tomorrow, followUpOn: null }, 'servedOn', /futur/],
    ['an impossible date', { servedOn: '2021-02-30' }, 'servedOn', /Date invalide/],
    ['a follow-up before the service', { followUpOn: '2020-09-13' }, 'followUpOn', /précéder/],
    ['an unknown kind', { kind: 'karaoke' }, 'kind', /valeurs proposées/],
    ['no kind', { kind: undefined }, 'kind', /valeurs proposées/],
    ['no date', { servedOn: undefined }, 'servedOn', /obligatoire/],
    ['an advisor of another region', { advisorId: montrealId }, 'advisorId', /région de l’entreprise/],
    ['a director as advisor', { advisorId: directorId }, 'advisorId', /région de l’entreprise/],
    ['an outcome too long', { outcome: 'x'.repeat(4001) }, 'outcome', /4000/],
  ]
  for (const [name, change, field, message] of bad) {
    test(`refuses ${name} with a 400 and a message on ${field}`, async () => {
      const res = await api(advisor, 'POST', '/api/v1/advisor-services', { ...valid, ...change })
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields?.[field] ?? '', message)
    })
  }

  test('accepts a service dated today', async () => {
    const res = await api(advisor, 'POST', '/api/v1/advisor-services', { ...valid, servedOn: today, followUpOn: today })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().followUpStatus, 'due')
  })

  test('answers 404 for an enterprise of another region', async () => {
    const res = await api(advisor, 'POST', '/api/v1/advisor-services', { ...valid, enterpriseId: elsewhere.id })
    assert.equal(res.statusCode, 404, res.body)
  })

  for (const [role, user] of [
    ['director', director],
    ['agent', agent],
  ] as const) {
    test(`refuses a ${role} (403)`, async () => {
      const res = await api(user, 'POST', '/api/v1/advisor-services', valid)
      assert.equal(res.statusCode, 403, res.body)
    })
  }
})

describe('GET, PUT /api/v1/advisor-services/{id}', () => {
  test('hides a service of another region’s enterprise (404)', async () => {
    const service = await buildAdvisorService(app.system, elsewhere)
    assert.equal((await api(advisor, 'GET', `/api/v1/advisor-services/${service.id}`)).statusCode, 404)
    const put = await api(advisor, 'PUT', `/api/v1/advisor-services/${service.id}`, {
      ...valid,
      enterpriseId: elsewhere.id,
    })
    assert.equal(put.statusCode, 404)
    assert.equal((await api(montrealAdvisor, 'GET', `/api/v1/advisor-services/${service.id}`)).statusCode, 200)
  })

  test('refuses an agent reading (403)', async () => {
    const service = await buildAdvisorService(app.system, enterprise)
    assert.equal((await api(agent, 'GET', `/api/v1/advisor-services/${service.id}`)).statusCode, 403)
  })

  test('replaces every field; an absent outcome is cleared', async () => {
    const service = await buildAdvisorService(app.system, enterprise, { outcome: 'Avant' })
    const res = await api(advisor, 'PUT', `/api/v1/advisor-services/${service.id}`, {
      enterpriseId: enterprise.id,
      kind: 'temporary_workers',
      servedOn: '2020-06-16',
    })
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().kind, 'temporary_workers')
    assert.equal(res.json().outcome, null)
    assert.equal(res.json().followUpStatus, 'none')
  })

  test('marks a follow-up done once; 409 when none was planned', async () => {
    const planned = await buildAdvisorService(app.system, enterprise, { followUpOn: '2020-07-01' })
    const done = await api(advisor, 'POST', `/api/v1/advisor-services/${planned.id}/follow-up-done`)
    assert.equal(done.statusCode, 200, done.body)
    assert.equal(done.json().followUpStatus, 'done')
    const again = await api(advisor, 'POST', `/api/v1/advisor-services/${planned.id}/follow-up-done`)
    assert.equal(again.json().followUpDoneAt, done.json().followUpDoneAt)
    const none = await buildAdvisorService(app.system, enterprise)
    const refused = await api(advisor, 'POST', `/api/v1/advisor-services/${none.id}/follow-up-done`)
    assert.equal(refused.statusCode, 409, refused.body)
  })
})

describe('GET /api/v1/advisor-services', () => {
  test('lists the services of the scope, latest first, filtered by enterprise, kind and period', async () => {
    const own = await buildEnterprise(app.system)
    await buildAdvisorService(app.system, own, { servedOn: '2019-05-01', kind: 'employer_session' })
    const b = await buildAdvisorService(app.system, own, { servedOn: '2020-05-01', kind: 'employer_session' })
    const c = await buildAdvisorService(app.system, own, { servedOn: '2021-05-01', kind: 'labour_matching' })
    const all = await api(advisor, 'GET', `/api/v1/advisor-services?enterpriseId=${own.id}`)
    assert.equal(all.statusCode, 200, all.body)
    assert.equal(all.json().data.length, 3)
    assert.equal(all.json().data[0].id, c.id)
    const q = `enterpriseId=${own.id}&kind=employer_session&from=2020-01-01&to=2021-12-31`
    const some = await api(advisor, 'GET', `/api/v1/advisor-services?${q}`)
    assert.deepEqual(
      some.json().data.map((s: { id: string }) => s.id),
      [b.id],
    )
    const outside = await api(montrealAdvisor, 'GET', `/api/v1/advisor-services?enterpriseId=${own.id}`)
    assert.deepEqual(outside.json().data, [])
  })

  test('refuses a period that ends before it starts (400)', async () => {
    const res = await api(advisor, 'GET', '/api/v1/advisor-services?from=2021-01-01&to=2020-01-01')
    assert.equal(res.statusCode, 400)
    assert.match(res.json().error.fields?.to ?? '', /précéder/)
  })
})

describe('audit', () => {
  test('records, updates and follow-ups each write their event in the enterprise’s region; a no-op writes none', async () => {
    const res = await api(advisor, 'POST', '/api/v1/advisor-services', valid)
    const id = res.json().id
    await api(advisor, 'PUT', `/api/v1/advisor-services/${id}`, valid)
    await api(advisor, 'PUT', `/api/v1/advisor-services/${id}`, { ...valid, kind: 'labour_matching' })
    await api(advisor, 'POST', `/api/v1/advisor-services/${id}/follow-up-done`)
    const events = await queryRows<{ action: string; region_code: string }>(
      app.system.db,
      sql`select action, region_code from access.audit_events where entity_id = ${id} order by id`,
    )
    assert.deepEqual(
      events.map((e) => [e.action, e.region_code]),
      [
        ['advisor_service.recorded', '11'],
        ['advisor_service.updated', '11'],
        ['advisor_service.follow_up_done', '11'],
      ],
    )
  })
})

test('the API is documented under the tag advisor-services', async () => {
  const res = await app.app.inject({ method: 'GET', url: '/api/openapi.json' })
  assert.equal(res.statusCode, 200)
  const paths = res.json().paths
  assert.deepEqual(paths['/api/v1/advisor-services'].post.tags, ['advisor-services'])
  assert.ok(paths['/api/v1/advisor-services'].get)
  assert.ok(paths['/api/v1/advisor-services/{id}'].put)
  assert.ok(paths['/api/v1/advisor-services/{id}/follow-up-done'].post)
  assert.equal(paths['/app/services-entreprises'], undefined)
})
