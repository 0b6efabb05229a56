import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildCandidateProfile } from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'
import { queryRows } from '../../../platform/db/database.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const partner = await app.userOf('partner', 'all')
type User = typeof advisor
const api = (user: User, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })
const URL = '/api/v1/candidate-profiles'

async function consentingPerson(overrides: Parameters<typeof buildPerson>[1] = {}) {
  const person = await buildPerson(app.system, overrides)
  await buildConsent(app.system, person.id, 'job_matching')
  return person
}

const valid = (personId: string) => ({
  personId,
  targetCnpCodes: ['95106'],
  experienceYears: 3,
  frenchLevel: 6,
  credentialStatus: 'in_progress',
  workPermit: 'open_permit',
  availableOn: '2026-12-01',
  currentRegionCode: '11',
  mobilityRegionCodes: ['01'],
  notes: 'Disponible le soir.',
})

const viewsOf = async (id: string) =>
  (
    await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.audit_events where entity_id = ${id} and action = 'candidate_profile.viewed'`,
    )
  )[0]!.n

describe('POST /api/v1/candidate-profiles', () => {
  test('creates a profile (201), reads it back (audited) and lists it', async () => {
    const person = await consentingPerson()
    const res = await api(agent, 'POST', URL, valid(person.id))
    assert.equal(res.statusCode, 201, res.body)
    const profile = res.json()
    assert.equal(profile.frenchLevel, 6)
    assert.deepEqual(profile.targetBroadCategories, ['9'])
    const one = await api(advisor, 'GET', `${URL}/${profile.id}`)
    assert.equal(one.statusCode, 200)
    assert.equal(one.json().notes, 'Disponible le soir.')
    assert.equal(await viewsOf(profile.id), 1)
    const list = await api(advisor, 'GET', `${URL}?q=95106`)
    assert.ok(list.json().data.some((p: { id: string }) => p.id === profile.id))
    assert.equal(await viewsOf(profile.id), 1, 'a list is no view of a profile')
  })

  test('answers 409 with the consent message for a person without job-matching consent', async () => {
    const person = await buildPerson(app.system)
    const res = await api(advisor, 'POST', URL, valid(person.id))
    assert.equal(res.statusCode, 409, res.body)
    assert.match(res.json().error.message, /n’a pas consenti au jumelage avec des offres d’emploi/)
  })

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['no occupation', { targetCnpCodes: [] }, 'targetCnpCodes', /1 à 5 professions/],
    [
      'six occupations',
      { targetCnpCodes: ['95106', '65201', '21231', '31301', '73300', '75101'] },
      'targetCnpCodes',
      /1 à 5/,
    ],
    ['a code of four digits', { targetCnpCodes: ['9510'] }, 'targetCnpCodes', /code/],
    ['words of no occupation', { targetCnpCodes: ['zzzz qqqq'] }, 'targetCnpCodes', /Aucune profession/],
    ['an unknown code', { targetCnpCodes: ['99999'] }, 'targetCnpCodes', /Code CNP inconnu : 99999/],
    ['French level 13', { frenchLevel: 13 }, 'frenchLevel', /1 à 12/],
    ['French level 0', { frenchLevel: 0 }, 'frenchLevel', /1 à 12/],
    ['negative experience', { experienceYears: -1 }, 'experienceYears', /0 à 60/],
    ['fractional experience', { experienceYears: 2.5 }, 'experienceYears', /entier/],
    ['an impossible date', { availableOn: '2026-02-30' }, 'availableOn', /Date/],
    ['an unknown credential status', { credentialStatus: 'maybe' }, 'credentialStatus', /valeurs proposées/],
    ['an unknown work permit', { workPermit: 'visitor' }, 'workPermit', /valeurs proposées/],
    ['a region that is not one', { currentRegionCode: 'xx' }, 'currentRegionCode', /région/],
    ['mobility to a region that is not one', { mobilityRegionCodes: ['1'] }, 'mobilityRegionCodes', /région/],
    ['no person', { personId: undefined }, 'personId', /obligatoire/],
    ['a person id that is not one', { personId: 'abc' }, 'personId', /Identifiant/],
    ['a person of another region', { personId: 'OTHER' }, 'personId', /introuvable/],
  ]
  for (const [label, change, field, message] of bad) {
    test(`refuses ${label} with a 400 and a message on ${field}`, async () => {
      const person = await consentingPerson()
      const elsewhere = change.personId === 'OTHER' ? await consentingPerson({ regionCode: '01' }) : undefined
      const body = { ...valid(person.id), ...change, ...(elsewhere ? { personId: elsewhere.id } : {}) }
      const res = await api(advisor, 'POST', URL, body)
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields?.[field] ?? '', message)
    })
  }

  test('refuses a director and a partner (403)', async () => {
    const person = await consentingPerson()
    assert.equal((await api(director, 'POST', URL, valid(person.id))).statusCode, 403)
    assert.equal((await api(partner, 'POST', URL, valid(person.id))).statusCode, 403)
    assert.equal((await api(partner, 'GET', URL)).statusCode, 403)
  })
})

describe('GET and PUT /api/v1/candidate-profiles/{id}', () => {
  test('another region’s profile without mobility answers 404; with mobility to the region, 200', async () => {
    const hidden = await buildCandidateProfile(app.system, { currentRegionCode: '06' })
    const mobile = await buildCandidateProfile(app.system, { currentRegionCode: '06', mobilityRegionCodes: ['11'] })
    assert.equal((await api(advisor, 'GET', `${URL}/${hidden.id}`)).statusCode, 404)
    assert.equal((await api(advisor, 'PUT', `${URL}/${hidden.id}`, valid(hidden.personId))).statusCode, 404)
    assert.equal((await api(advisor, 'GET', `${URL}/${mobile.id}`)).statusCode, 200)
    assert.equal(await viewsOf(hidden.id), 0)
  })

  test('a profile whose consent is missing answers 404, an unknown id too', async () => {
    const profile = await buildCandidateProfile(app.system, { consent: false })
    assert.equal((await api(advisor, 'GET', `${URL}/${profile.id}`)).statusCode, 404)
    assert.equal((await api(advisor, 'GET', `${URL}/00000000-0000-4000-8000-000000000000`)).statusCode, 404)
    assert.equal((await api(advisor, 'GET', `${URL}/not-an-id`)).statusCode, 404)
  })

  test('replaces a profile (200) and refuses a bad replacement with a 400', async () => {
    const profile = await buildCandidateProfile(app.system)
    const { personId: _p, ...fields } = valid(profile.personId)
    const res = await api(advisor, 'PUT', `${URL}/${profile.id}`, { ...fields, frenchLevel: 9 })
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().frenchLevel, 9)
    const bad = await api(advisor, 'PUT', `${URL}/${profile.id}`, { ...fields, targetCnpCodes: ['12'] })
    assert.equal(bad.statusCode, 400)
  })

  test('closes and reopens through the API', async () => {
    const profile = await buildCandidateProfile(app.system)
    assert.equal((await api(advisor, 'POST', `${URL}/${profile.id}/close`)).json().closed, true)
    assert.equal((await api(advisor, 'POST', `${URL}/${profile.id}/reopen`)).json().closed, false)
  })

  test('is documented under the candidates tag', async () => {
    const doc = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    assert.deepEqual(doc.paths['/api/v1/candidate-profiles/{id}'].put.tags, ['candidates'])
    assert.ok(doc.paths['/api/v1/candidate-profiles'].post)
  })
})
