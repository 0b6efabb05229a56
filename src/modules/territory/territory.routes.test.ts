import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { buildTestApp, type TestApp, type TestUser } from '../../../test/build-test-app.js'
import { buildServicePoint } from '../../../test/factories/territory.js'

const app: TestApp = await buildTestApp()
let admin: TestUser
let agent11: TestUser
let agent06: TestUser

before(async () => {
  admin = await app.userOf('admin', 'all')
  agent11 = await app.userOf('agent', 'region', '11')
  agent06 = await app.userOf('agent', 'region', '06')
})

const validPoint = {
  regionCode: '11',
  name: 'Services Québec — Sainte-Anne-des-Monts',
  hostKind: 'services_quebec',
  hostName: 'Services Québec',
  streetAddress: '10, boulevard Sainte-Anne Ouest',
  city: 'Sainte-Anne-des-Monts',
  postalCode: 'G4V 1P3',
  validFrom: '2024-01-01',
}

describe('regions API', () => {
  test('refuses an anonymous caller with 401', async () => {
    const res = await app.injectAs(null, { method: 'GET', url: '/api/v1/regions' })
    assert.equal(res.statusCode, 401)
    assert.equal(res.json().error.code, 'UNAUTHENTICATED')
  })

  test('lists the 17 regions and a region with its MRCs', async () => {
    const list = await app.injectAs(agent11, { method: 'GET', url: '/api/v1/regions' })
    assert.equal(list.statusCode, 200)
    assert.equal(list.json().data.length, 17)
    const gim = await app.injectAs(agent11, { method: 'GET', url: '/api/v1/regions/11' })
    assert.equal(gim.json().slug, 'gaspesie-iles-de-la-madeleine')
    assert.deepEqual(
      gim.json().mrcs.map((m: { name: string }) => m.name),
      [
        'Avignon',
        'Bonaventure',
        'La Côte-de-Gaspé',
        'La Haute-Gaspésie',
        'Le Rocher-Percé',
        'Les Îles-de-la-Madeleine',
      ],
    )
  })

  test('answers 404 for an unknown region', async () => {
    const res = await app.injectAs(agent11, { method: 'GET', url: '/api/v1/regions/99' })
    assert.equal(res.statusCode, 404)
  })
})

describe('service points API', () => {
  test('creates a service point and reads it back', async () => {
    const res = await app.injectAs(admin, { method: 'POST', url: '/api/v1/service-points', payload: validPoint })
    assert.equal(res.statusCode, 201)
    const created = res.json()
    assert.equal(created.active, true)
    const read = await app.injectAs(agent11, { method: 'GET', url: `/api/v1/service-points/${created.id}` })
    assert.equal(read.statusCode, 200)
    assert.equal(read.json().streetAddress, validPoint.streetAddress)
  })

  test('answers 400 with a French message per field', async () => {
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: '/api/v1/service-points',
      payload: { ...validPoint, name: '', postalCode: '123', validTo: '2020-01-01' },
    })
    assert.equal(res.statusCode, 400)
    const { fields } = res.json().error
    assert.equal(fields.name, 'Ce champ est obligatoire.')
    assert.match(fields.postalCode, /Code postal invalide/)
    assert.match(fields.validTo, /date de fin/)
  })

  test('answers in English when asked', async () => {
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: '/api/v1/service-points?lang=en',
      payload: { ...validPoint, city: '' },
    })
    assert.equal(res.statusCode, 400)
    assert.equal(res.json().error.fields.city, 'This field is required.')
  })

  test('answers 409 for a duplicate name in the same region', async () => {
    const payload = { ...validPoint, name: 'Point en double' }
    assert.equal(
      (await app.injectAs(admin, { method: 'POST', url: '/api/v1/service-points', payload })).statusCode,
      201,
    )
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: '/api/v1/service-points',
      payload: { ...payload, name: 'POINT EN DOUBLE' },
    })
    assert.equal(res.statusCode, 409)
    assert.equal(res.json().error.code, 'SERVICE_POINT_NAME_TAKEN')
  })

  test('hides a service point of another region (404, not 403)', async () => {
    const sp = await buildServicePoint(app.system, { regionCode: '11' })
    const res = await app.injectAs(agent06, { method: 'GET', url: `/api/v1/service-points/${sp.id}` })
    assert.equal(res.statusCode, 404)
    const list = await app.injectAs(agent06, { method: 'GET', url: '/api/v1/service-points' })
    assert.equal(
      list.json().data.some((p: { id: string }) => p.id === sp.id),
      false,
    )
  })

  test('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await app.injectAs(admin, { method: 'GET', url: `/api/v1/service-points/${id}` })
      assert.equal(res.statusCode, 404, id)
    }
  })

  test('refuses a write by an agent (403) and accepts a bearer token', async () => {
    const refused = await app.injectAs(agent11, {
      method: 'POST',
      url: '/api/v1/service-points',
      payload: { ...validPoint, name: 'Refusé' },
    })
    assert.equal(refused.statusCode, 403)
    const sp = await buildServicePoint(app.system)
    const res = await app.app.inject({
      method: 'PATCH',
      url: `/api/v1/service-points/${sp.id}`,
      headers: { authorization: `Bearer ${admin.token}` },
      payload: { hoursFr: 'Du lundi au vendredi, de 8 h 30 à 16 h 30' },
    })
    assert.equal(res.statusCode, 200)
    assert.equal(res.json().hoursFr, 'Du lundi au vendredi, de 8 h 30 à 16 h 30')
  })

  test('refuses a revoked or unknown bearer token', async () => {
    const res = await app.app.inject({
      method: 'GET',
      url: '/api/v1/regions',
      headers: { authorization: 'Bearer esc_nope' },
    })
    assert.equal(res.statusCode, 401)
    assert.equal(res.json().error.code, 'API_TOKEN_INVALID')
  })
})

describe('staff API', () => {
  test('creates a staff member, refuses a duplicate email, hides it from another region', async () => {
    const payload = {
      fullName: 'Nadia Chiasson',
      role: 'advisor',
      email: 'nadia@test.example',
      regionCode: '11',
      validFrom: '2024-01-01',
    }
    const res = await app.injectAs(admin, { method: 'POST', url: '/api/v1/staff', payload })
    assert.equal(res.statusCode, 201)
    const dup = await app.injectAs(admin, {
      method: 'POST',
      url: '/api/v1/staff',
      payload: { ...payload, email: 'NADIA@test.example' },
    })
    assert.equal(dup.statusCode, 409)
    assert.equal(
      (await app.injectAs(agent06, { method: 'GET', url: `/api/v1/staff/${res.json().id}` })).statusCode,
      404,
    )
    assert.equal(
      (await app.injectAs(agent11, { method: 'GET', url: `/api/v1/staff/${res.json().id}` })).statusCode,
      200,
    )
  })

  test('refuses a service point of another region', async () => {
    const sp = await buildServicePoint(app.system, { regionCode: '01', name: 'Rimouski' })
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: '/api/v1/staff',
      payload: { fullName: 'X Y', role: 'agent', regionCode: '11', servicePointId: sp.id, validFrom: '2024-01-01' },
    })
    assert.equal(res.statusCode, 400)
    assert.ok(res.json().error.fields.servicePointId)
  })
})

test('publishes an OpenAPI document listing the resources', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/api/openapi.json' })
  assert.equal(res.statusCode, 200)
  const paths = Object.keys(res.json().paths)
  for (const p of ['/api/v1/regions', '/api/v1/service-points', '/api/v1/staff', '/api/v1/staff/{id}'])
    assert.ok(paths.includes(p), p)
})

test('GET /health reports the database kind', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/health' })
  assert.equal(res.statusCode, 200)
  assert.equal(res.json().status, 'ok')
  assert.equal(res.json().database, process.env.DATABASE_URL ? 'postgresql' : 'embedded')
})
