import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildCandidateProfile } from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'

// The person's page (people module) draws the employers module's job-matching section, handed in by the composition
// root: what it says depends on the person's consent, the profile, and the caller's role and scope.
const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const page = (user: typeof agent, id: string, lang = 'fr') =>
  app.injectAs(user, { method: 'GET', url: `/app/personnes/${id}?lang=${lang}` })

test('without the consent to job matching, the section says so and offers no profile', async () => {
  const person = await buildPerson(app.system)
  const res = await page(agent, person.id)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<h2>Jumelage avec des offres d’emploi<\/h2>/)
  assert.match(res.body, /n’a pas consenti au jumelage/)
  assert.doesNotMatch(res.body, /Créer un profil de candidat/)
})

test('with the consent and no profile, an agent may create one; a director only reads that there is none', async () => {
  const person = await buildPerson(app.system)
  await buildConsent(app.system, person.id, 'job_matching')
  const res = await page(agent, person.id)
  assert.match(
    res.body,
    new RegExp(`href="/app/candidats/nouveau\\?personne=${person.id}"[^>]*>Créer un profil de candidat`),
  )
  const read = await page(director, person.id)
  assert.match(read.body, /n’a pas de profil de candidat/)
  assert.doesNotMatch(read.body, /Créer un profil de candidat/)
  const en = await page(agent, person.id, 'en')
  assert.match(en.body, /<h2>Job matching<\/h2>/)
  assert.match(en.body, /Create a candidate profile/)
})

test('a profile is linked while the consent counts; once withdrawn, the section says the profile is not shown', async () => {
  const person = await buildPerson(app.system)
  const profile = await buildCandidateProfile(app.system, { person })
  const res = await page(agent, person.id)
  assert.match(res.body, new RegExp(`href="/app/candidats/${profile.id}">Voir son profil`))
  await app.system.db.execute(
    `update people.consents set withdrawn_at = now() where person_id = '${person.id}' and purpose = 'job_matching'`,
  )
  const after = await page(agent, person.id)
  assert.doesNotMatch(after.body, new RegExp(`/app/candidats/${profile.id}`))
  assert.match(after.body, /n’est pas en vigueur/)
})
