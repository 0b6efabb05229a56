import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import {
  buildAgreement,
  buildDeliverable,
  buildInstalment,
  buildOrganization,
} from '../../../../test/factories/partners.js'
import { validInput } from './agreement.test-world.js'

const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')

const api = (user: TestUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.injectAs(user, { method, url, payload, headers: user ? { authorization: `Bearer ${user.token}` } : {} })

test('the API creates, reads, lists, replaces in preparation, signs and amends an agreement', async () => {
  const org = await buildOrganization(app.system)
  const input = await validInput(app.system, org.id)
  const created = await api(director, 'POST', '/api/v1/agreements', input)
  assert.equal(created.statusCode, 201, created.body)
  const { id } = created.json()
  const put = await api(director, 'PUT', `/api/v1/agreements/${id}`, { ...input, title: 'Autre titre' })
  assert.equal(put.json().title, 'Autre titre')
  const signed = await api(director, 'POST', `/api/v1/agreements/${id}/transitions`, { to: 'signed', on: '2020-03-01' })
  assert.equal(signed.json().status, 'signed')
  const again = await api(director, 'PUT', `/api/v1/agreements/${id}`, input)
  assert.equal(again.statusCode, 409)
  const illegal = await api(director, 'POST', `/api/v1/agreements/${id}/transitions`, {
    to: 'completed',
    on: '2020-03-02',
  })
  assert.equal(illegal.statusCode, 409)
  assert.match(illegal.json().error.message, /ne peut pas passer|cannot become/)
  const amended = await api(director, 'POST', `/api/v1/agreements/${id}/amendments`, {
    signedOn: '2020-06-01',
    summary: 'Hausse',
    amounts: [
      { fiscalYear: 2020, amountCents: 6_000_000 },
      { fiscalYear: 2021, amountCents: 5_000_000 },
    ],
  })
  assert.equal(amended.statusCode, 201, amended.body)
  assert.equal(amended.json().totalCents, 11_000_000)
  const read = await api(agent, 'GET', `/api/v1/agreements/${id}`)
  assert.equal(read.statusCode, 200)
  assert.equal(read.json().amendments.length, 1)
  assert.equal(read.json().events.length, 1)
  const list = await api(agent, 'GET', `/api/v1/agreements?organization=${org.id}&status=signed&fiscalYear=2021`)
  assert.deepEqual(
    list.json().data.map((a: { id: string }) => a.id),
    [id],
  )
  const none = await api(agent, 'GET', `/api/v1/agreements?organization=${org.id}&fiscalYear=2023`)
  assert.equal(none.json().data.length, 0)
})

test('the list pages with a cursor; a bad cursor or filter is a 400', async () => {
  const org = await buildOrganization(app.system)
  for (let i = 0; i < 52; i++) await buildAgreement(app.system, org)
  const first = await api(agent, 'GET', `/api/v1/agreements?organization=${org.id}`)
  assert.equal(first.json().data.length, 50)
  const next = await api(agent, 'GET', `/api/v1/agreements?organization=${org.id}&after=${first.json().next}`)
  assert.equal(next.json().data.length, 2)
  assert.equal(next.json().next, null)
  assert.equal((await api(agent, 'GET', '/api/v1/agreements?after=nope')).statusCode, 400)
  assert.equal((await api(agent, 'GET', '/api/v1/agreements?status=lost')).statusCode, 400)
})

test('bad bodies are 400 with a message per field; agents may not write; other regions answer 404', async () => {
  const org = await buildOrganization(app.system)
  const input = await validInput(app.system, org.id)
  const bad = await api(director, 'POST', '/api/v1/agreements', { ...input, endOn: '2019-01-01' })
  assert.equal(bad.statusCode, 400)
  assert.ok(bad.json().error.fields.endOn)
  const missing = await api(director, 'POST', '/api/v1/agreements', { title: 'x' })
  assert.equal(missing.statusCode, 400)
  assert.equal((await api(agent, 'POST', '/api/v1/agreements', input)).statusCode, 403)
  const elsewhere = await buildAgreement(app.system, await buildOrganization(app.system, { regionCode: '01' }))
  assert.equal((await api(director, 'GET', `/api/v1/agreements/${elsewhere.id}`)).statusCode, 404)
  const t = await api(director, 'POST', `/api/v1/agreements/${elsewhere.id}/transitions`, {
    to: 'in_progress',
    on: '2020-05-01',
  })
  assert.equal(t.statusCode, 404)
  const org2 = await buildOrganization(app.system)
  const partner = await app.userOf('partner', 'organization', org2.id)
  assert.equal((await api(partner, 'GET', '/api/v1/agreements')).statusCode, 403)
  assert.equal((await api(null, 'GET', '/api/v1/agreements')).statusCode, 401)
})

test('totals and programs are served to staff, and documented in OpenAPI', async () => {
  const totals = await api(agent, 'GET', '/api/v1/agreements/totals')
  assert.equal(totals.statusCode, 200)
  assert.ok(Array.isArray(totals.json().byProgram))
  const programs = await api(agent, 'GET', '/api/v1/programs')
  const pasi = programs.json().data.find((p: { code: string }) => p.code === 'PASI')
  assert.ok(pasi.volets.some((v: { code: string }) => v.code === 'AQ'))
  const doc = (await app.injectAs(null, { method: 'GET', url: '/api/openapi.json' })).json()
  for (const path of [
    '/api/v1/agreements',
    '/api/v1/agreements/{id}/transitions',
    '/api/v1/agreements/{id}/amendments',
    '/api/v1/agreements/totals',
    '/api/v1/programs',
  ])
    assert.ok(doc.paths[path], path)
})

test('GET /api/v1/agreements/:id gives the instalments and deliverables, typed; another region’s is a 404', async () => {
  const org = await buildOrganization(app.system)
  const a = await buildAgreement(app.system, org)
  const report = await buildDeliverable(app.system, a.id, { title: 'Rapport final', dueOn: '2000-01-31' })
  await buildInstalment(app.system, a.id, { number: 1, plannedOn: '2000-01-01', amountCents: 2_500_000 })
  await buildInstalment(app.system, a.id, {
    number: 2,
    plannedOn: '2099-01-01',
    amountCents: 7_500_000,
    deliverableId: report.id,
  })
  const res = await api(agent, 'GET', `/api/v1/agreements/${a.id}`)
  assert.equal(res.statusCode, 200, res.body)
  const body = res.json()
  assert.deepEqual(
    body.instalments.map((i: { number: number; amountCents: number; status: string }) => [
      i.number,
      i.amountCents,
      i.status,
    ]),
    [
      [1, 2_500_000, 'overdue'],
      [2, 7_500_000, 'planned'],
    ],
  )
  assert.equal(body.instalments[1].deliverableId, report.id)
  assert.equal(body.deliverables.length, 1)
  assert.equal(body.deliverables[0].title, 'Rapport final')
  assert.equal(body.deliverables[0].overdue, true)
  const none = await buildAgreement(app.system, org)
  const empty = (await api(agent, 'GET', `/api/v1/agreements/${none.id}`)).json()
  assert.deepEqual([empty.instalments, empty.deliverables], [[], []])
  const elsewhere = await app.userOf('agent', 'region', '01')
  assert.equal((await api(elsewhere, 'GET', `/api/v1/agreements/${a.id}`)).statusCode, 404)
})
