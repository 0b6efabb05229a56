import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAction, buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { createActionKind, retireActionKind } from './action-kind.service.js'

const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const advisor = await app.userOf('advisor', 'region', '11')
const partner = await app.userOf('partner', 'all')
type User = typeof director
const api = (user: User, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })

const organization = await buildOrganization(app.system)
// FY 2020–2021: 2020-04-01 to 2022-03-31.
const agreement = await buildAgreement(app.system, organization)
const elsewhere = await buildAgreement(app.system, await buildOrganization(app.system, { regionCode: '01' }))
const draft = await buildAgreement(app.system, organization, { status: 'preparation', signedOn: null })
const [gaspeMrc] = await listMrcsOfRegionsOrThrow(app.system, ['11'])
const [otherMrc] = await listMrcsOfRegionsOrThrow(app.system, ['01'])
await createActionKind(app.system, { nameFr: 'Pique-nique', nameEn: 'Picnic', code: 'picnic', validFrom: '2019-01-01' })
await retireActionKind(app.system, 'picnic', { validTo: '2021-01-01' })

const valid = {
  agreementId: agreement.id,
  kindCode: 'intercultural_meals',
  title: 'Souper des nations',
  startOn: '2020-11-14',
  endOn: '2020-11-14',
  municipality: 'Gaspé',
  mrcCode: gaspeMrc!.code,
  immigrantParticipants: 18,
  totalParticipants: 40,
}

describe('POST /api/v1/actions', () => {
  test('records an action in the agreement’s region (201) and lists it', async () => {
    const res = await api(director, 'POST', '/api/v1/actions', valid)
    assert.equal(res.statusCode, 201, res.body)
    const action = res.json()
    assert.equal(action.regionCode, '11')
    assert.equal(action.organizationName, organization.name)
    assert.equal(action.kindNameEn, 'Intercultural brunches and suppers')
    const list = await api(agent, 'GET', `/api/v1/actions?agreementId=${agreement.id}`)
    assert.equal(list.statusCode, 200)
    assert.ok(list.json().data.some((a: { id: string }) => a.id === action.id))
  })

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['unknown kind', { kindCode: 'karaoke' }, 'kindCode', /catalogue/],
    [
      'retired kind after it ended',
      { kindCode: 'picnic', startOn: '2021-02-01', endOn: '2021-02-01' },
      'kindCode',
      /vigueur/,
    ],
    ['end before start', { endOn: '2020-11-13' }, 'endOn', /précéder/],
    ['start before the agreement', { startOn: '2020-03-31' }, 'startOn', /pendant l’entente/],
    ['end after the agreement', { endOn: '2022-04-01' }, 'endOn', /pendant l’entente/],
    ['negative participants', { immigrantParticipants: -1 }, 'immigrantParticipants', /entier/],
    ['fractional participants', { totalParticipants: 2.5 }, 'totalParticipants', /entier/],
    ['participants as words', { totalParticipants: 'beaucoup' }, 'totalParticipants', /./],
    ['more immigrants than participants', { immigrantParticipants: 41 }, 'immigrantParticipants', /dépasser/],
    ['MRC of another region', { mrcCode: otherMrc!.code }, 'mrcCode', /MRC de la région/],
    ['no title', { title: '  ' }, 'title', /obligatoire/],
    ['municipality not text', { municipality: 12 }, 'municipality', /./],
    ['a date that is not one', { startOn: '2020-02-30' }, 'startOn', /Date/],
    ['an agreement not signed yet', { agreementId: draft.id }, 'agreementId', /signée/],
  ]
  for (const [name, change, field, message] of bad) {
    test(`refuses ${name} with a 400 and a message on ${field}`, async () => {
      const res = await api(director, 'POST', '/api/v1/actions', { ...valid, ...change })
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields?.[field] ?? '', message)
    })
  }

  test('answers in English with ?lang=en', async () => {
    const res = await api(director, 'POST', '/api/v1/actions?lang=en', { ...valid, endOn: '2022-04-01' })
    assert.equal(res.statusCode, 400)
    assert.match(res.json().error.fields.endOn, /during the agreement/)
  })

  test('answers 404 for another region’s agreement or an unknown one', async () => {
    for (const agreementId of [elsewhere.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await api(director, 'POST', '/api/v1/actions', { ...valid, agreementId })
      assert.equal(res.statusCode, 404)
    }
  })

  test('refuses agents and advisors (403): they read actions, they do not record them', async () => {
    for (const user of [agent, advisor]) {
      assert.equal((await api(user, 'POST', '/api/v1/actions', valid)).statusCode, 403)
      assert.equal((await api(user, 'GET', '/api/v1/actions')).statusCode, 200)
    }
  })

  test('refuses partner accounts', async () => {
    assert.equal((await api(partner, 'GET', '/api/v1/actions')).statusCode, 403)
  })
})

describe('GET, PUT, DELETE /api/v1/actions/:id', () => {
  test('answers 404 for an action of another region, for reading, replacing and removing', async () => {
    const other = await buildAction(app.system, elsewhere)
    assert.equal((await api(director, 'GET', `/api/v1/actions/${other.id}`)).statusCode, 404)
    assert.equal((await api(director, 'PUT', `/api/v1/actions/${other.id}`, valid)).statusCode, 404)
    assert.equal((await api(director, 'DELETE', `/api/v1/actions/${other.id}`)).statusCode, 404)
  })

  test('replaces an action, then removes it', async () => {
    const action = await buildAction(app.system, agreement)
    const put = await api(director, 'PUT', `/api/v1/actions/${action.id}`, { ...valid, title: 'Brunch' })
    assert.equal(put.statusCode, 200, put.body)
    assert.equal(put.json().title, 'Brunch')
    assert.equal(put.json().description, null)
    assert.equal((await api(agent, 'DELETE', `/api/v1/actions/${action.id}`)).statusCode, 403)
    assert.equal((await api(director, 'DELETE', `/api/v1/actions/${action.id}`)).statusCode, 204)
    assert.equal((await api(director, 'GET', `/api/v1/actions/${action.id}`)).statusCode, 404)
  })

  test('keeps a retired kind on an action that started before it was retired', async () => {
    const res = await api(director, 'POST', '/api/v1/actions', {
      ...valid,
      kindCode: 'picnic',
      startOn: '2020-07-01',
      endOn: '2020-07-01',
    })
    assert.equal(res.statusCode, 201, res.body)
  })
})

describe('GET /api/v1/actions filters and pages', () => {
  test('filters by period (overlap), kind and region, and pages with a cursor', async () => {
    const org = await buildOrganization(app.system, { regionCode: '08' })
    const a = await buildAgreement(app.system, org)
    for (const day of ['2020-05-01', '2020-05-02', '2020-05-03'])
      await buildAction(app.system, a, { startOn: day, endOn: day })
    await buildAction(app.system, a, { startOn: '2020-04-20', endOn: '2020-05-01', kindCode: 'pairing' })
    const admin = await app.userOf('admin', 'all')
    const inMay = await api(admin, 'GET', '/api/v1/actions?regionCode=08&from=2020-05-01&to=2020-05-31')
    assert.equal(inMay.json().data.length, 4)
    const pairing = await api(admin, 'GET', '/api/v1/actions?regionCode=08&kind=pairing')
    assert.equal(pairing.json().data.length, 1)
    const first = await api(admin, 'GET', '/api/v1/actions?regionCode=08&to=2020-05-02')
    assert.deepEqual(
      first.json().data.map((x: { startOn: string }) => x.startOn),
      ['2020-05-02', '2020-05-01', '2020-04-20'],
    )
    const bad = await api(admin, 'GET', '/api/v1/actions?from=2020-06-01&to=2020-05-01')
    assert.equal(bad.statusCode, 400)
    const kinds = await api(agent, 'GET', '/api/v1/action-kinds')
    assert.equal(kinds.statusCode, 200)
    assert.equal(kinds.json().data[0].code, 'intercultural_meals')
  })
})

test('documents the actions API in OpenAPI under the actions tag', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/api/openapi.json' })
  const doc = res.json()
  for (const p of ['/api/v1/actions', '/api/v1/actions/{id}', '/api/v1/action-kinds']) assert.ok(doc.paths[p], p)
  assert.deepEqual(doc.paths['/api/v1/actions'].post.tags, ['actions'])
  assert.ok(doc.paths['/api/v1/actions/{id}'].put && doc.paths['/api/v1/actions/{id}'].delete)
})
