import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { buildCandidateProfile } from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'
import { queryRows } from '../../../platform/db/database.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const partner = await app.userOf('partner', 'all')
type User = typeof advisor
const get = (user: User, url: string, headers: Record<string, string> = {}) =>
  app.injectAs(user, { method: 'GET', url, headers })
const post = (user: User, url: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams({ _csrf: csrfToken })
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one)
  return app.injectAs(user, {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  })
}
const fields = { targetCnpCodes: '95106, 65201', frenchLevel: '6', currentRegionCode: '11' }

test('creates a profile from the person’s file: prefilled form, then post/redirect/get to the audited page', async () => {
  const person = await buildPerson(app.system, { givenName: 'Amina', familyName: 'Diallo', frenchOralProduction: 4 })
  await buildConsent(app.system, person.id, 'job_matching')
  const form = await get(agent, `/app/candidats/nouveau?personne=${person.id}`)
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /Amina Diallo/)
  assert.match(form.body, /name="frenchLevel"[^>]*value="4"/)
  const res = await post(agent, '/app/candidats/nouveau', {
    ...fields,
    personId: person.id,
    mobilityRegionCodes: ['01', '03'],
  })
  assert.equal(res.statusCode, 303, res.body)
  const page = await app.follow(agent, res)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Amina Diallo/)
  assert.match(page.body, /Bas-Saint-Laurent/)
  const id = /\/app\/candidats\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!
  // The matching offers are the advisors' (employer services): an agent is not offered a link it could not open.
  assert.doesNotMatch(page.body, /Offres correspondantes/)
  const advisorPage = await get(advisor, `/app/candidats/${id}`)
  assert.match(advisorPage.body, new RegExp(`href="/app/candidats/${id}/offres">Offres correspondantes`))
  const views = await queryRows<{ n: number }>(
    app.system.db,
    sql`select count(*)::int as n from access.audit_events where entity_id = ${id} and action = 'candidate_profile.viewed'`,
  )
  assert.equal(views[0]!.n, 2)
  const en = await get(advisor, `/app/candidats/${id}?lang=en`)
  assert.match(en.body, /Matching job offers/)
})

test('a bad form answers 400 with the form again and a message per field', async () => {
  const person = await buildPerson(app.system)
  await buildConsent(app.system, person.id, 'job_matching')
  const res = await post(advisor, '/app/candidats/nouveau', {
    personId: person.id,
    targetCnpCodes: '95106',
    frenchLevel: '15',
    currentRegionCode: '11',
    availableOn: '2026-13-01',
  })
  assert.equal(res.statusCode, 400, res.body)
  assert.match(res.body, /1 à 12/)
  assert.match(res.body, /Date invalide/)
  const words = await post(advisor, '/app/candidats/nouveau', {
    ...fields,
    personId: person.id,
    targetCnpCodes: 'zzzz qqqq',
  })
  assert.equal(words.statusCode, 400, words.body)
  assert.match(words.body, /Aucune profession ne correspond à « zzzz qqqq »/)
  assert.match(words.body, /value="zzzz qqqq"/)
})

test('without consent: no form but the reason and, for an agent, the way to the consents', async () => {
  const person = await buildPerson(app.system)
  const res = await get(agent, `/app/candidats/nouveau?personne=${person.id}`)
  assert.equal(res.statusCode, 409)
  assert.match(res.body, /La personne n’a pas consenti au jumelage avec des offres d’emploi\./)
  assert.match(res.body, new RegExp(`/app/personnes/${person.id}/consentements`))
  assert.doesNotMatch(res.body, /name="targetCnpCodes"/)
})

test('a profile whose consent was withdrawn shows the reason, no details', async () => {
  const person = await buildPerson(app.system, { givenName: 'Secret', familyName: 'Personne' })
  const profile = await buildCandidateProfile(app.system, { person, consent: false, notes: 'note privée' })
  const res = await get(advisor, `/app/candidats/${profile.id}`)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /n’est pas en vigueur/)
  assert.doesNotMatch(res.body, /Secret Personne|note privée/)
})

test('the list: visible profiles with consent, live filter, and another region’s profile only through mobility', async () => {
  const here = await buildCandidateProfile(app.system, { person: await buildPerson(app.system, { familyName: 'Ici' }) })
  const mobile = await buildCandidateProfile(app.system, {
    person: await buildPerson(app.system, { familyName: 'Mobile', regionCode: '06' }),
    mobilityRegionCodes: ['11'],
  })
  const away = await buildCandidateProfile(app.system, {
    person: await buildPerson(app.system, { familyName: 'Ailleurs', regionCode: '06' }),
  })
  const list = await get(advisor, '/app/candidats')
  assert.equal(list.statusCode, 200)
  assert.match(list.body, /Profils de candidats/)
  assert.match(list.body, new RegExp(here.id))
  assert.match(list.body, new RegExp(mobile.id))
  assert.doesNotMatch(list.body, new RegExp(away.id))
  const fragment = await get(advisor, '/app/candidats?q=mobile', { 'hx-request': 'true' })
  assert.doesNotMatch(fragment.body, /<html/)
  assert.match(fragment.body, new RegExp(mobile.id))
  assert.doesNotMatch(fragment.body, new RegExp(here.id))
  const bad = await get(advisor, `/app/candidats?q=${'x'.repeat(101)}`)
  assert.equal(bad.statusCode, 400)
})

test('a profile seen through mobility offers no edit nor close, and its edit form answers 403', async () => {
  const mobile = await buildCandidateProfile(app.system, {
    person: await buildPerson(app.system, { regionCode: '06' }),
    currentRegionCode: '06',
    mobilityRegionCodes: ['11'],
  })
  const page = await get(advisor, `/app/candidats/${mobile.id}`)
  assert.equal(page.statusCode, 200)
  assert.doesNotMatch(page.body, /\/modifier"|\/fermer"/)
  assert.equal((await get(advisor, `/app/candidats/${mobile.id}/modifier`)).statusCode, 403)
  assert.equal((await post(advisor, `/app/candidats/${mobile.id}/fermer`, {})).statusCode, 403)
  const own = await get(advisor, `/app/candidats/${(await buildCandidateProfile(app.system)).id}`)
  assert.match(own.body, /\/modifier"/)
  assert.match(own.body, /\/fermer"/)
})

test('edits and closes a profile; another region’s profile answers 404; a partner is refused', async () => {
  const profile = await buildCandidateProfile(app.system)
  const edit = await get(advisor, `/app/candidats/${profile.id}/modifier`)
  assert.equal(edit.statusCode, 200)
  assert.match(edit.body, /value="95106"/)
  const saved = await post(advisor, `/app/candidats/${profile.id}/modifier`, { ...fields, frenchLevel: '9' })
  assert.equal(saved.statusCode, 303, saved.body)
  const closed = await post(advisor, `/app/candidats/${profile.id}/fermer`, {})
  assert.equal(closed.statusCode, 303)
  assert.match((await app.follow(advisor, closed)).body, /Ce profil est fermé/)
  const away = await buildCandidateProfile(app.system, { currentRegionCode: '06' })
  assert.equal((await get(advisor, `/app/candidats/${away.id}`)).statusCode, 404)
  assert.equal((await get(advisor, `/app/candidats/${away.id}/modifier`)).statusCode, 404)
  assert.equal((await get(partner, '/app/candidats')).statusCode, 403)
})

test('without a person, the new-profile page lists the territory’s persons who consented and have no profile, by name', async () => {
  const consenting = await buildPerson(app.system, { givenName: 'Zélie', familyName: 'Choixtest' })
  await buildConsent(app.system, consenting.id, 'job_matching')
  const withoutConsent = await buildPerson(app.system, { givenName: 'Yann', familyName: 'Choixtest' })
  const profiled = await buildCandidateProfile(app.system, {
    person: await buildPerson(app.system, { givenName: 'Xavier', familyName: 'Choixtest' }),
  })
  const elsewhere = await buildPerson(app.system, { givenName: 'Wanda', familyName: 'Choixtest', regionCode: '06' })
  await buildConsent(app.system, elsewhere.id, 'job_matching')
  // An advisor does not open the persons' files: the consent to job matching is what lists a person here.
  const res = await get(advisor, '/app/candidats/nouveau?q=choixtest')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, new RegExp(`href="/app/candidats/nouveau\\?personne=${consenting.id}">Zélie Choixtest`))
  for (const hidden of [withoutConsent.id, profiled.personId, elsewhere.id])
    assert.doesNotMatch(res.body, new RegExp(hidden))
  assert.doesNotMatch(res.body, /href="\/app\/personnes"/)
  const accents = await get(advisor, '/app/candidats/nouveau?q=zelie%20CHOIX')
  assert.match(accents.body, /Zélie Choixtest/)
  const none = await get(advisor, '/app/candidats/nouveau?q=personne-introuvable')
  assert.match(none.body, /Aucune personne ne correspond/)
  const list = await get(advisor, '/app/candidats')
  assert.match(list.body, /href="\/app\/candidats\/nouveau"[^>]*>Nouveau profil de candidat/)
  // An agent may also start from the person's file.
  const agentPage = await get(agent, '/app/candidats/nouveau?lang=en')
  assert.match(agentPage.body, /<a href="\/app\/personnes">find the person<\/a>/)
  assert.match(agentPage.body, /Persons without a profile/)
})
