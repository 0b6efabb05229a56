import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildEnterprise, buildLabourNeed } from '../../../../test/factories/employers.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { listLabourNeeds } from './labour-need.service.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const partner = await app.userOf('partner', 'all')
const otherAdvisor = await app.userOf('advisor', 'region', '01')
type User = typeof advisor
const api = (user: User, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })

const enterprise = await buildEnterprise(app.system, { legalName: 'Pêcheries du Golfe', city: 'Gaspé', mrcCode: '03' })
const elsewhere = await buildEnterprise(app.system, { regionCode: '01', mrcCode: null, city: 'Rimouski' })
const otherMrc = (await listMrcsOfRegionsOrThrow(app.system, ['01']))[0]!
const gaspeMrcs = await listMrcsOfRegionsOrThrow(app.system, ['11'])
const bonaventure = gaspeMrcs.find((r) => r.code !== '03')!

const valid = {
  enterpriseId: enterprise.id,
  title: 'Préposé ou préposée à la transformation du poisson',
  cnpCode: '94142',
  positions: 3,
  frenchLevel: 5,
  otherLanguages: ['en', 'es'],
  experienceYears: 1,
  regulatedProfession: false,
  wage: '19,50 $',
  wageUnit: 'hour',
  employmentType: 'seasonal',
  startOn: '2021-05-03',
}

describe('POST /api/v1/labour-needs', () => {
  test('records a need in the enterprise’s region, its location the enterprise’s, the wage in cents', async () => {
    const res = await api(advisor, 'POST', '/api/v1/labour-needs', valid)
    assert.equal(res.statusCode, 201, res.body)
    const need = res.json()
    assert.equal(need.regionCode, '11')
    assert.equal(need.city, 'Gaspé')
    assert.equal(need.mrcCode, '03')
    assert.equal(need.wageCents, 1950)
    assert.equal(need.status, 'open')
    assert.equal(need.teer, 4)
    assert.equal(need.enterpriseName, 'Pêcheries du Golfe')
    assert.deepEqual(need.otherLanguages, ['en', 'es'])
    const read = await api(director, 'GET', `/api/v1/labour-needs/${need.id}`)
    assert.equal(read.statusCode, 200)
    assert.equal(read.json().cnpTitleEn, need.cnpTitleEn)
  })

  test('reads an English wage per year exactly, and a position located in another MRC of the region', async () => {
    const change = { wage: '$48,000.50', wageUnit: 'year', city: 'New Carlisle', mrcCode: bonaventure.code }
    const res = await api(advisor, 'POST', '/api/v1/labour-needs', { ...valid, ...change })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().wageCents, 4_800_050)
    assert.equal(res.json().mrcCode, bonaventure.code)
  })

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['an unknown CNP code', { cnpCode: '99999' }, 'cnpCode', /Code CNP inconnu : 99999/],
    ['zero positions', { positions: 0 }, 'positions', /Un nombre entier de postes, de 1 à 10 000/],
    ['negative positions', { positions: -2 }, 'positions', /Un nombre entier de postes, de 1 à 10 000/],
    ['positions as words', { positions: 'trois' }, 'positions', /Un nombre entier de postes, de 1 à 10 000/],
    ['French level 13', { frenchLevel: 13 }, 'frenchLevel', /1 à 12/],
    ['French level 0', { frenchLevel: 0 }, 'frenchLevel', /1 à 12/],
    ['61 years of experience', { experienceYears: 61 }, 'experienceYears', /0 à 60/],
    ['a wage "abc"', { wage: 'abc' }, 'wage', /Salaire invalide/],
    ['a wage of zero', { wage: '0' }, 'wage', /Salaire invalide/],
    ['a wage without its unit', { wageUnit: undefined }, 'wageUnit', /l’heure ou à l’année/],
    ['an impossible start date', { startOn: '2021-02-30' }, 'startOn', /Date/],
    ['an unknown language', { otherLanguages: ['xx'] }, 'otherLanguages.0', /ISO 639-1/],
    ['an unknown employment type', { employmentType: 'gig' }, 'employmentType', /valeurs proposées/],
    ['an unknown status', { status: 'frozen' }, 'status', /valeurs proposées/],
    ['no title', { title: '  ' }, 'title', /obligatoire/],
    ['an MRC of another region', { mrcCode: otherMrc.code }, 'mrcCode', /MRC de la région/],
  ]
  for (const [name, change, field, message] of bad) {
    test(`refuses ${name} with a 400 and a message on ${field}`, async () => {
      const res = await api(advisor, 'POST', '/api/v1/labour-needs', { ...valid, ...change })
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields?.[field] ?? '', message)
    })
  }

  test('answers 404 for an enterprise of another region, as for an unknown one', async () => {
    const res = await api(advisor, 'POST', '/api/v1/labour-needs', { ...valid, enterpriseId: elsewhere.id })
    assert.equal(res.statusCode, 404)
  })

  test('refuses a director (read only), an agent and a partner', async () => {
    assert.equal((await api(director, 'POST', '/api/v1/labour-needs', valid)).statusCode, 403)
    assert.equal((await api(agent, 'POST', '/api/v1/labour-needs', valid)).statusCode, 403)
    assert.equal((await api(partner, 'POST', '/api/v1/labour-needs', valid)).statusCode, 403)
  })
})

describe('GET /api/v1/labour-needs', () => {
  test('filters by status, broad category, MRC, enterprise and words, within the caller’s scope', async () => {
    const other = await buildEnterprise(app.system, { legalName: 'Éoliennes de la Baie', mrcCode: bonaventure.code })
    const turbine = await buildLabourNeed(app.system, other, { title: 'Technicien éolien', cnpCode: '72410' })
    const cancelled = await buildLabourNeed(app.system, enterprise, { status: 'cancelled' })
    const far = await buildLabourNeed(app.system, elsewhere)
    const ids = async (query: string, user: User = advisor) => {
      const res = await api(user, 'GET', `/api/v1/labour-needs?${query}`)
      assert.equal(res.statusCode, 200, res.body)
      return res.json().data.map((n: { id: string }) => n.id) as string[]
    }
    assert.deepEqual(await ids(`category=7&enterprise=${other.id}`), [turbine.id])
    assert.deepEqual(await ids(`mrc=${bonaventure.code}&q=eolien`), [turbine.id])
    assert.deepEqual(await ids('q=EOLIENNES%20de%20la'), [turbine.id])
    assert.deepEqual(await ids(`status=cancelled&enterprise=${enterprise.id}`), [cancelled.id])
    assert.ok(!(await ids('')).includes(far.id))
    assert.deepEqual(await ids(`enterprise=${elsewhere.id}`, otherAdvisor), [far.id])
    assert.deepEqual(await ids('region=01'), [])
  })

  test('pages through the list: the next offset until the end', async () => {
    const one = await buildEnterprise(app.system)
    const first = await buildLabourNeed(app.system, one)
    const second = await buildLabourNeed(app.system, one)
    const page1 = await listLabourNeeds(app.system, { enterprise: one.id }, 1)
    assert.equal(page1.next, 1)
    const page2 = await listLabourNeeds(app.system, { enterprise: one.id, offset: 1 }, 1)
    assert.equal(page2.next, null)
    const seen = [...page1.data, ...page2.data].map((n) => n.id).sort()
    assert.deepEqual(seen, [first.id, second.id].sort())
  })

  test('refuses an agent; a bad filter is a 400', async () => {
    assert.equal((await api(agent, 'GET', '/api/v1/labour-needs')).statusCode, 403)
    assert.equal((await api(advisor, 'GET', '/api/v1/labour-needs?status=frozen')).statusCode, 400)
  })
})

describe('PUT /api/v1/labour-needs/{id}', () => {
  test('replaces the fields, audits the change and the status move apart', async () => {
    const need = await buildLabourNeed(app.system, enterprise)
    const res = await api(advisor, 'PUT', `/api/v1/labour-needs/${need.id}`, {
      ...valid,
      positions: 5,
      status: 'partially_filled',
    })
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().positions, 5)
    assert.equal(res.json().status, 'partially_filled')
    const events = await queryRows<{ action: string; region_code: string }>(
      app.database.db,
      sql`select action, region_code from access.audit_events where entity_id = ${need.id}`,
    )
    assert.ok(events.every((e) => e.region_code === '11'))
    const actions = events.map((e) => e.action).sort()
    assert.deepEqual(actions, ['labour_need.status_changed', 'labour_need.updated'])
  })

  const moves: [string, string, number][] = [
    ['open', 'filled', 200],
    ['filled', 'partially_filled', 400],
    ['filled', 'open', 200],
    ['cancelled', 'open', 200],
    ['cancelled', 'filled', 400],
    ['partially_filled', 'cancelled', 200],
  ]
  for (const [from, to, status] of moves) {
    test(`a ${from} need ${status === 200 ? 'may' : 'may not'} become ${to}`, async () => {
      const need = await buildLabourNeed(app.system, enterprise, { status: from as 'open' })
      const res = await api(advisor, 'PUT', `/api/v1/labour-needs/${need.id}`, { ...valid, status: to })
      assert.equal(res.statusCode, status, res.body)
      if (status === 400) assert.match(res.json().error.fields.status, /ne peut passer/)
    })
  }

  test('a PUT without a status keeps the need’s status (a filled need is not reopened by omission)', async () => {
    const need = await buildLabourNeed(app.system, enterprise, { status: 'filled' })
    const res = await api(advisor, 'PUT', `/api/v1/labour-needs/${need.id}`, valid)
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().status, 'filled')
  })

  test('a need keeps its enterprise', async () => {
    const need = await buildLabourNeed(app.system, enterprise)
    const other = await buildEnterprise(app.system)
    const res = await api(advisor, 'PUT', `/api/v1/labour-needs/${need.id}`, { ...valid, enterpriseId: other.id })
    assert.equal(res.statusCode, 400)
    assert.match(res.json().error.fields.enterpriseId, /entreprise/)
  })

  test('another region’s need answers 404 to read and to write; an unknown id too', async () => {
    const far = await buildLabourNeed(app.system, elsewhere)
    assert.equal((await api(advisor, 'GET', `/api/v1/labour-needs/${far.id}`)).statusCode, 404)
    assert.equal((await api(advisor, 'PUT', `/api/v1/labour-needs/${far.id}`, valid)).statusCode, 404)
    assert.equal((await api(advisor, 'GET', '/api/v1/labour-needs/not-an-id')).statusCode, 404)
  })
})

test('the API is documented under the tag labour-needs', async () => {
  const res = await app.app.inject({ method: 'GET', url: '/api/openapi.json' })
  assert.equal(res.statusCode, 200)
  const paths = res.json().paths
  assert.deepEqual(paths['/api/v1/labour-needs'].post.tags, ['labour-needs'])
  assert.ok(paths['/api/v1/labour-needs/{id}'].put)
})
