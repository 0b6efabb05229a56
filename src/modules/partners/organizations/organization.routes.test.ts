import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { createOrganization } from './organization.service.js'
import { updateCapacity } from './organization-capacity.service.js'
import { PAGE_SIZE } from './organization-list.service.js'

const app = await buildTestApp()
let director: TestUser
let agent: TestUser

before(async () => {
  director = await app.userOf('director', 'region', '11')
  agent = await app.userOf('agent', 'region', '11')
})

const api = (user: TestUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.app.inject({
    method,
    url,
    headers: user ? { authorization: `Bearer ${user.token}` } : {},
    ...(payload ? { payload } : {}),
  })

test('POST, GET and PUT an organization; bad input answers 400 with a message per field, never 500', async () => {
  const created = await api(director, 'POST', '/api/v1/organizations', {
    name: 'API Gaspé',
    kind: 'municipality',
    regionCode: '11',
    services: ['community_life'],
    languages: ['fr', 'en'],
    servedMrcCodes: ['03'],
    listedPublicly: true,
  })
  assert.equal(created.statusCode, 201, created.body)
  const id = created.json().id
  const read = await api(agent, 'GET', `/api/v1/organizations/${id}`)
  assert.equal(read.statusCode, 200)
  assert.deepEqual(read.json().servedMrcCodes, ['03'])
  assert.equal(read.json().capacity, null)
  const put = await api(director, 'PUT', `/api/v1/organizations/${id}`, {
    name: 'API Gaspé',
    kind: 'municipality',
    regionCode: '11',
  })
  assert.equal(put.statusCode, 200)
  assert.deepEqual(put.json().services, [])
  for (const body of [
    {},
    { name: 'X', kind: 'club', regionCode: '11' },
    { name: 'X', kind: 'community', regionCode: '11', website: 'javascript:alert(1)' },
    { name: 'X', kind: 'community', regionCode: '11', languages: 'zz' },
    { name: 'X', kind: 'community', regionCode: '11', servedMrcCodes: ['10'] },
    { name: 'X', kind: 'community', regionCode: '11', listedPublicly: 'oui' },
  ]) {
    const res = await api(director, 'POST', '/api/v1/organizations', body)
    assert.equal(res.statusCode, 400, JSON.stringify(body))
    assert.ok(Object.keys(res.json().error.fields ?? {}).length > 0, JSON.stringify(body))
  }
  const dup = await api(director, 'POST', '/api/v1/organizations', { name: 'api gaspé', kind: 'mrc', regionCode: '11' })
  assert.equal(dup.statusCode, 409)
  assert.equal(
    (await api(agent, 'POST', '/api/v1/organizations', { name: 'Y', kind: 'mrc', regionCode: '11' })).statusCode,
    403,
  )
  const other = await app.userOf('director', 'region', '04')
  assert.equal((await api(other, 'GET', `/api/v1/organizations/${id}`)).statusCode, 404)
  assert.equal(
    (await api(other, 'PUT', `/api/v1/organizations/${id}`, { name: 'Z', kind: 'mrc', regionCode: '11' })).statusCode,
    404,
  )
  assert.equal((await api(null, 'GET', '/api/v1/organizations')).statusCode, 401)
})

test('the list is scope-filtered and pages with a cursor; a bad cursor is a 400', async () => {
  for (let i = 0; i < PAGE_SIZE + 2; i++)
    await createOrganization(app.system, {
      name: `Page ${String(i).padStart(3, '0')}`,
      kind: 'community',
      regionCode: '11',
    })
  await createOrganization(app.system, { name: 'Page Mauricie', kind: 'community', regionCode: '04' })
  const first = await api(agent, 'GET', '/api/v1/organizations?q=page')
  assert.equal(first.statusCode, 200)
  assert.equal(first.json().data.length, PAGE_SIZE)
  const next = first.json().nextCursor
  assert.ok(next)
  const second = await api(agent, 'GET', `/api/v1/organizations?q=page&cursor=${next}`)
  assert.deepEqual(
    second.json().data.map((o: { name: string }) => o.name),
    ['Page 050', 'Page 051'],
    'the other region’s organization is not in an agent of region 11’s list',
  )
  assert.equal(second.json().nextCursor, null)
  const admin = await app.userOf('admin', 'all')
  const mauricie = await api(admin, 'GET', '/api/v1/organizations?regionCode=04&q=page')
  assert.deepEqual(
    mauricie.json().data.map((o: { name: string }) => o.name),
    ['Page Mauricie'],
  )
  assert.equal((await api(agent, 'GET', '/api/v1/organizations?cursor=nope')).statusCode, 400)
  assert.equal((await api(agent, 'GET', '/api/v1/organizations?service=karaoke')).statusCode, 400)
})

test('PUT capacity: the partner for its own organization only; 404 for another; 400 for bad input', async () => {
  const org = await createOrganization(app.system, { name: 'Capacité API', kind: 'community', regionCode: '11' })
  const other = await createOrganization(app.system, { name: 'Capacité autre', kind: 'community', regionCode: '11' })
  const partner = await app.userOf('partner', 'organization', org.id)
  const ok = await api(partner, 'PUT', `/api/v1/organizations/${org.id}/capacity`, { status: 'available' })
  assert.equal(ok.statusCode, 200)
  assert.equal(ok.json().capacity.status, 'available')
  assert.equal(
    (await api(partner, 'PUT', `/api/v1/organizations/${other.id}/capacity`, { status: 'full' })).statusCode,
    404,
  )
  assert.equal(
    (await api(partner, 'PUT', `/api/v1/organizations/${org.id}/capacity`, { status: 'closed' })).statusCode,
    400,
  )
  assert.equal(
    (await api(agent, 'PUT', `/api/v1/organizations/${org.id}/capacity`, { status: 'full' })).statusCode,
    403,
  )
  assert.equal((await api(partner, 'GET', '/api/v1/organizations')).statusCode, 403)
})

test('the HSDS export: public organizations only, HSDS field names, stable ids, one CSV per table', async () => {
  const listed = await createOrganization(app.system, {
    name: 'HSDS Percé, "accueil"',
    kind: 'community',
    regionCode: '11',
    description: 'Accueil des personnes immigrantes',
    streetAddress: '1, rue du Quai',
    city: 'Percé',
    postalCode: 'G0C 2L0',
    website: 'https://hsds.example',
    phone: '418 555-0101',
    services: ['housing', 'french_courses'],
    languages: ['fr', 'ar'],
  })
  await updateCapacity(app.system, listed.id, { status: 'full', note: 'Note interne' })
  const hidden = await createOrganization(app.system, {
    name: 'HSDS caché',
    kind: 'community',
    regionCode: '11',
    listedPublicly: false,
  })
  const res = await api(agent, 'GET', '/api/v1/organizations/export?format=hsds')
  assert.equal(res.statusCode, 200)
  const doc = res.json()
  assert.deepEqual(Object.keys(doc).sort(), [
    'address',
    'location',
    'organization',
    'phone',
    'service',
    'service_at_location',
  ])
  const org = doc.organization.find((o: { id: string }) => o.id === listed.id)
  assert.equal(org.name, 'HSDS Percé, "accueil"')
  assert.equal(org.description, 'Accueil des personnes immigrantes')
  assert.equal(org.website, 'https://hsds.example')
  assert.ok(!doc.organization.some((o: { id: string }) => o.id === hidden.id), 'not listed publicly')
  assert.doesNotMatch(res.body, /Note interne/, 'the capacity is not public data')
  const services = doc.service.filter((s: { organization_id: string }) => s.organization_id === listed.id)
  assert.deepEqual(
    services.map((s: { name: string }) => s.name),
    ['Logement', 'Cours de français'],
  )
  assert.equal(services[0].status, 'active')
  assert.deepEqual(
    services[0].languages.map((l: { code: string }) => l.code),
    ['fr', 'ar'],
  )
  const location = doc.location.find((l: { organization_id: string }) => l.organization_id === listed.id)
  assert.equal(location.location_type, 'physical')
  assert.equal(location.addresses[0].city, 'Percé')
  assert.equal(location.addresses[0].state_province, 'QC')
  const links = doc.service_at_location.filter((l: { location_id: string }) => l.location_id === location.id)
  assert.equal(links.length, 2)
  assert.match(location.id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  const again = (await api(agent, 'GET', '/api/v1/organizations/export')).json()
  assert.deepEqual(again.service_at_location, doc.service_at_location, 'ids are stable')
  const csv = await api(agent, 'GET', '/api/v1/organizations/export?format=hsds-csv&table=organization')
  assert.equal(csv.statusCode, 200)
  assert.match(String(csv.headers['content-type']), /^text\/csv/)
  const [header, ...lines] = csv.body.trim().split('\r\n')
  assert.equal(
    header,
    'id,name,alternate_name,description,email,website,year_incorporated,legal_status,logo,uri,parent_organization_id',
  )
  assert.ok(lines.some((l) => l.startsWith(`${listed.id},"HSDS Percé, ""accueil""",`)))
  const sal = await api(agent, 'GET', '/api/v1/organizations/export?format=hsds-csv&table=service_at_location')
  assert.equal(sal.body.split('\r\n')[0], 'id,service_id,location_id,description')
  const noTable = await api(agent, 'GET', '/api/v1/organizations/export?format=hsds-csv')
  assert.equal(noTable.statusCode, 400)
  assert.ok(noTable.json().error.fields.table)
  assert.equal((await api(agent, 'GET', '/api/v1/organizations/export?format=xml')).statusCode, 400)
})

test('the HSDS export is open data: no sign-in needed; the rest of the API still refuses anonymous requests', async () => {
  const json = await api(null, 'GET', '/api/v1/organizations/export?format=hsds')
  assert.equal(json.statusCode, 200)
  assert.ok(Array.isArray(json.json().organization))
  const csv = await api(null, 'GET', '/api/v1/organizations/export?format=hsds-csv&table=service')
  assert.equal(csv.statusCode, 200)
  assert.match(csv.body, /^id,organization_id,program_id,name,/)
  assert.equal((await api(null, 'GET', '/api/v1/organizations')).statusCode, 401)
  assert.equal((await api(null, 'GET', '/api/v1/organizations/00000000-0000-4000-8000-000000000000')).statusCode, 401)
  assert.equal((await api(null, 'GET', '/api/v1/nowhere')).statusCode, 401)
  const badToken = await app.app.inject({
    method: 'GET',
    url: '/api/v1/organizations/export',
    headers: { authorization: 'Bearer nope' },
  })
  assert.equal(badToken.statusCode, 401, 'a bad token is still refused')
})

test('the API is documented under the organizations tag, the export with its formats', async () => {
  const spec = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  for (const path of [
    '/api/v1/organizations',
    '/api/v1/organizations/{id}',
    '/api/v1/organizations/{id}/capacity',
    '/api/v1/organizations/export',
  ])
    assert.ok(spec.paths[path], path)
  assert.deepEqual(spec.paths['/api/v1/organizations/export'].get.tags, ['organizations'])
  assert.match(spec.paths['/api/v1/organizations/export'].get.description, /HSDS/)
})
