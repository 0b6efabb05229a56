import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildPerson } from '../../../../test/factories/people.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const advisor = await app.userOf('advisor', 'region', '11')
const api = (user: typeof agent, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })
const minimal = { givenName: 'Awa', familyName: 'Ndiaye', birthDate: '1990-10-10', regionCode: '11' }

describe('POST /api/v1/persons', () => {
  test('creates a person from the four required fields (201) and answers 409 possible_duplicate for a lookalike', async () => {
    const created = await api(agent, 'POST', '/api/v1/persons', minimal)
    assert.equal(created.statusCode, 201)
    assert.equal(created.json().preferredLanguage, 'fr')
    const again = await api(agent, 'POST', '/api/v1/persons', { ...minimal, givenName: 'awa', familyName: 'Ndiay' })
    assert.equal(again.statusCode, 409)
    const { error } = again.json()
    assert.equal(error.code, 'possible_duplicate')
    assert.deepEqual(
      error.details.candidates.map((c: { id: string }) => c.id),
      [created.json().id],
    )
    assert.equal(error.details.outsideScope, false)
    const confirmed = await api(agent, 'POST', '/api/v1/persons', { ...minimal, confirmedNotDuplicate: true })
    assert.equal(confirmed.statusCode, 201)
  })

  test('answers 400 with a message per field, in French and in English', async () => {
    const bad = {
      givenName: '',
      familyName: 'x'.repeat(101),
      birthDate: '1990-02-30',
      regionCode: '1',
      countryOfBirth: 'XX',
      languages: ['zz'],
      frenchOralProduction: 13,
      email: 'pas-un-courriel',
      preferredLanguage: 'de',
    }
    const fr = await api(agent, 'POST', '/api/v1/persons', bad)
    assert.equal(fr.statusCode, 400)
    const fields = fr.json().error.fields
    for (const k of [...Object.keys(bad)]) assert.ok(fields[k] ?? fields[`${k}.0`], k)
    assert.match(fields.countryOfBirth, /Code de pays inconnu/)
    const en = await api(agent, 'POST', '/api/v1/persons?lang=en', bad)
    assert.equal(en.statusCode, 400)
    assert.match(JSON.stringify(en.json().error.fields), /Unknown country code/)
  })

  test('refuses a role without people.write (403)', async () => {
    assert.equal((await api(advisor, 'POST', '/api/v1/persons', minimal)).statusCode, 403)
  })
})

describe('GET and PUT /api/v1/persons/:id', () => {
  test('answers 404 for a person of another region, and for an unknown id', async () => {
    const other = await buildPerson(app.system, { regionCode: '01' })
    assert.equal((await api(agent, 'GET', `/api/v1/persons/${other.id}`)).statusCode, 404)
    assert.equal((await api(agent, 'PUT', `/api/v1/persons/${other.id}`, { ...minimal })).statusCode, 404)
    assert.equal((await api(agent, 'GET', '/api/v1/persons/00000000-0000-4000-8000-000000000000')).statusCode, 404)
  })

  test('replaces a person and reads it back', async () => {
    const person = await buildPerson(app.system, { givenName: 'Omar', familyName: 'Saleh', birthDate: '1970-01-01' })
    const body = {
      givenName: 'Omar',
      familyName: 'Saleh',
      birthDate: '1970-01-01',
      regionCode: '11',
      citizenships: ['SY'],
    }
    assert.equal((await api(agent, 'PUT', `/api/v1/persons/${person.id}`, body)).statusCode, 200)
    const read = await api(agent, 'GET', `/api/v1/persons/${person.id}`)
    assert.deepEqual(read.json().citizenships, ['SY'])
  })
})

describe('GET /api/v1/persons', () => {
  test('finds a person with a typo (?q=) and answers a page with its cursor', async () => {
    const person = await buildPerson(app.system, {
      givenName: 'Mélanie',
      familyName: 'Tremblay',
      birthDate: '1961-01-01',
    })
    const found = await api(agent, 'GET', `/api/v1/persons?q=${encodeURIComponent('melanie tremblai')}`)
    assert.equal(found.statusCode, 200)
    assert.ok(found.json().data.some((p: { id: string }) => p.id === person.id))
    const byDate = await api(agent, 'GET', '/api/v1/persons?birthDate=1961-01-01')
    assert.deepEqual(
      byDate.json().data.map((p: { id: string }) => p.id),
      [person.id],
    )
    assert.equal(byDate.json().nextCursor, null)
    assert.equal((await api(agent, 'GET', '/api/v1/persons?cursor=abc')).statusCode, 400)
  })
})

describe('searches are audited, browsing is not', () => {
  test('a search by name, dossier number or birth date writes one person.searched without the words; the list none', async () => {
    await buildPerson(app.system, { givenName: 'Oumou', familyName: 'Cherchée', birthDate: '1977-07-07' })
    const searched = () =>
      queryRows<{ actor: string; entity_id: string | null; details: { by: string; count: number } }>(
        app.system.db,
        sql`select actor_user_id::text as actor, entity_id, details from access.audit_events
          where action = 'person.searched' and actor_user_id = ${agent.actor.kind === 'user' ? agent.actor.userId : ''}
          order by id`,
      )
    const get = (q: string) => app.injectAs(agent, { method: 'GET', url: `/api/v1/persons${q}` })
    const earlier = (await searched()).length
    assert.equal((await get('')).statusCode, 200)
    assert.equal((await searched()).length, earlier, 'browsing the list is not a search')
    for (const q of ['?q=Cherchee', '?q=AQ-2099-000001', '?q=1977-07-07']) assert.equal((await get(q)).statusCode, 200)
    const pages = await app.injectAs(agent, { method: 'GET', url: '/app/personnes?q=Oumou' })
    assert.equal(pages.statusCode, 200)
    const rows = (await searched()).slice(earlier)
    assert.deepEqual(
      rows.map((r) => [r.entity_id, r.details.by]),
      [
        [null, 'name'],
        [null, 'dossier'],
        [null, 'birthDate'],
        [null, 'name'],
      ],
    )
    assert.ok(rows[0]!.details.count >= 1)
    assert.equal(rows[1]!.details.count, 0)
    assert.doesNotMatch(JSON.stringify(rows), /Cherch|1977|Oumou|AQ-/, 'the audit never keeps what was searched')
  })
})
