import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const partner = await app.userOf('partner', 'all')
const elsewhere = await app.userOf('advisor', 'region', '01')
type User = typeof advisor
const api = (user: User, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })
const valid = {
  legalName: 'Crevettes du Golfe',
  scianCode: '31-33',
  city: 'Rivière-au-Renard',
  mrcCode: '03',
  regionCode: '11',
}

describe('POST /api/v1/enterprises', () => {
  test('creates (201), reads it back with its contacts, lists it', async () => {
    const res = await api(advisor, 'POST', '/api/v1/enterprises', { ...valid, neq: testNeq(), postalCode: 'g4x 5a1' })
    assert.equal(res.statusCode, 201, res.body)
    const e = res.json()
    assert.equal(e.postalCode, 'G4X 5A1')
    const one = await api(director, 'GET', `/api/v1/enterprises/${e.id}`)
    assert.equal(one.statusCode, 200)
    assert.deepEqual(one.json().contacts, [])
    const list = await api(director, 'GET', '/api/v1/enterprises?q=crevettes%20du%20golfe')
    assert.ok(list.json().data.some((x: { id: string }) => x.id === e.id))
  })

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['a NEQ of 9 digits', { neq: '123456789' }, 'neq', /Le NEQ compte 10 chiffres/],
    ['a NEQ with letters', { neq: '12345678AB' }, 'neq', /10 chiffres/],
    ['a bad postal code', { postalCode: '12345' }, 'postalCode', /Code postal/],
    ['no municipality', { city: '' }, 'city', /./],
    ['an unknown size band', { sizeBand: 'huge' }, 'sizeBand', /./],
    ['a bad email', { email: 'nope' }, 'email', /./],
    ['a region outside the scope', { regionCode: '01', mrcCode: null }, 'regionCode', /territoire/],
    ['an unknown sector', { scianCode: '99' }, 'scianCode', /SCIAN/],
  ]
  for (const [name, overrides, field, message] of bad)
    test(`answers 400 for ${name}`, async () => {
      const res = await api(advisor, 'POST', '/api/v1/enterprises', { ...valid, ...overrides })
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields[field], message)
    })

  test('answers 409 for a NEQ taken, naming the enterprise, and for a similar name unless confirmed', async () => {
    const other = await buildEnterprise(app.system, {
      neq: testNeq(),
      legalName: 'Gîte du Phare',
      city: 'Cap-des-Rosiers',
    })
    const taken = await api(advisor, 'POST', '/api/v1/enterprises', { ...valid, neq: other.neq })
    assert.equal(taken.statusCode, 409)
    assert.equal(taken.json().error.details.enterprise.id, other.id)
    const similar = { ...valid, legalName: 'Gite du phare', city: 'Cap-des-Rosiers' }
    const refused = await api(advisor, 'POST', '/api/v1/enterprises', similar)
    assert.equal(refused.statusCode, 409)
    assert.equal(refused.json().error.code, 'possible_duplicate')
    const confirmed = await api(advisor, 'POST', '/api/v1/enterprises', { ...similar, confirmedNotDuplicate: true })
    assert.equal(confirmed.statusCode, 201)
  })

  test('refuses a director (read only), an agent and a partner', async () => {
    assert.equal((await api(director, 'POST', '/api/v1/enterprises', valid)).statusCode, 403)
    assert.equal((await api(agent, 'POST', '/api/v1/enterprises', valid)).statusCode, 403)
    assert.equal((await api(agent, 'GET', '/api/v1/enterprises')).statusCode, 403)
    assert.equal((await api(partner, 'GET', '/api/v1/enterprises')).statusCode, 403)
  })
})

describe('PUT /api/v1/enterprises/{id} and contacts', () => {
  test('replaces an enterprise; another region’s or an unknown one answers 404', async () => {
    const e = await buildEnterprise(app.system)
    const res = await api(advisor, 'PUT', `/api/v1/enterprises/${e.id}`, {
      ...valid,
      legalName: e.legalName,
      notes: 'Saisonnier',
    })
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().notes, 'Saisonnier')
    assert.equal((await api(elsewhere, 'GET', `/api/v1/enterprises/${e.id}`)).statusCode, 404)
    assert.equal((await api(elsewhere, 'PUT', `/api/v1/enterprises/${e.id}`, valid)).statusCode, 404)
    assert.equal((await api(advisor, 'GET', '/api/v1/enterprises/not-a-uuid')).statusCode, 404)
  })

  test('adds, lists, replaces and removes a contact; 400 without a name; 404 from another region', async () => {
    const e = await buildEnterprise(app.system)
    const base = `/api/v1/enterprises/${e.id}/contacts`
    const added = await api(advisor, 'POST', base, { name: 'Marc Cloutier', jobTitle: 'Contremaître', language: 'fr' })
    assert.equal(added.statusCode, 201, added.body)
    const id = added.json().id
    assert.equal((await api(advisor, 'POST', base, { jobTitle: 'x' })).statusCode, 400)
    const replaced = await api(advisor, 'PUT', `${base}/${id}`, { name: 'Marc Cloutier', phone: '418 555-0199' })
    assert.equal(replaced.json().phone, '418 555-0199')
    assert.equal(replaced.json().jobTitle, null)
    assert.equal((await api(director, 'GET', base)).json().data.length, 1)
    assert.equal((await api(elsewhere, 'GET', base)).statusCode, 404)
    assert.equal((await api(elsewhere, 'DELETE', `${base}/${id}`)).statusCode, 404)
    assert.equal((await api(advisor, 'DELETE', `${base}/${id}`)).statusCode, 204)
    assert.equal((await api(advisor, 'GET', `${base}/${id}`)).statusCode, 404)
  })
})

test('the API is documented under the enterprises tag', async () => {
  const doc = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  for (const [path, method] of [
    ['/api/v1/enterprises', 'post'],
    ['/api/v1/enterprises/{id}', 'put'],
    ['/api/v1/enterprises/{id}/contacts/{contactId}', 'delete'],
  ] as const)
    assert.deepEqual(doc.paths[path]?.[method]?.tags, ['enterprises'], path)
})
