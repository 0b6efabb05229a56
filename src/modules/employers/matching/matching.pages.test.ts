import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildProposal,
} from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const elsewhere = await app.userOf('advisor', 'region', '06')
const agent = await app.userOf('agent', 'region', '11')
type User = typeof advisor
const get = (user: User, url: string) => app.injectAs(user, { method: 'GET', url })

const enterprise = await buildEnterprise(app.system, { legalName: 'Poissonnerie du Havre' })
const need = await buildLabourNeed(app.system, enterprise, { frenchLevel: 7, title: 'Trancheur de poisson' })
const mover = await buildCandidateProfile(app.system, {
  person: await buildPerson(app.system, { regionCode: '06', givenName: 'Amina', familyName: 'Diallo' }),
  mobilityRegionCodes: ['11'],
  frenchLevel: 5,
  availableOn: '2021-04-01',
})
const proposed = await buildCandidateProfile(app.system, {
  person: await buildPerson(app.system, { givenName: 'Jorge', familyName: 'Ramos' }),
})
await buildProposal(app.system, need, proposed, { status: 'interview' })

test('the need’s candidates in French: summary, score, each criterion in words, a propose button', async () => {
  const res = await get(advisor, `/app/besoins-main-oeuvre/${need.id}/candidats`)
  assert.equal(res.statusCode, 200, res.body)
  assert.match(res.body, /<h1>Candidats pour le besoin : Trancheur de poisson<\/h1>/)
  assert.match(res.body, /Poissonnerie du Havre/)
  assert.match(res.body, /Amina Diallo/)
  assert.match(res.body, /français : niveau 7 requis, niveau 5 déclaré/)
  assert.match(res.body, /souhaite s’établir en Gaspésie–Îles-de-la-Madeleine/)
  assert.match(res.body, /Satisfait/)
  // Some points but not all: partly met, not missing (French 5 of the 7 required: 10 of 20 points).
  assert.match(res.body, /<th scope="row">Français<\/th><td>10 \/ 20<\/td><td>Partiel<\/td>/)
  assert.match(res.body, /Score : 82 %/)
  assert.match(res.body, new RegExp(`action="/app/besoins-main-oeuvre/${need.id}/propositions"`))
  assert.match(res.body, new RegExp(`name="profileId" value="${mover.id}"`))
  // Already proposed: the proposal's status instead of a button.
  assert.match(res.body, /Proposition : En entrevue/)
  assert.doesNotMatch(res.body, new RegExp(`name="profileId" value="${proposed.id}"`))
})

test('in English, and a director reads without a propose button', async () => {
  const res = await get(director, `/app/besoins-main-oeuvre/${need.id}/candidats?lang=en`)
  assert.equal(res.statusCode, 200, res.body)
  assert.match(res.body, /Candidates for the need: Trancheur de poisson/)
  assert.match(res.body, /French: level 7 required, level 5 declared/)
  assert.match(res.body, /willing to move to Gaspésie–Îles-de-la-Madeleine/)
  assert.doesNotMatch(res.body, /name="profileId"/)
})

test('the candidate’s offers with the same explanations', async () => {
  const res = await get(advisor, `/app/candidats/${mover.id}/offres`)
  assert.equal(res.statusCode, 200, res.body)
  assert.match(res.body, /Offres pour le candidat : Amina Diallo/)
  assert.match(res.body, /Trancheur de poisson/)
  assert.match(res.body, /français : niveau 7 requis, niveau 5 déclaré/)
  assert.match(res.body, /<\/a> \(CNP \d{5}\)<\/h3>/)
  const en = await get(advisor, `/app/candidats/${mover.id}/offres?lang=en`)
  assert.match(en.body, /<\/a> \(NOC \d{5}\)<\/h3>/)
})

test('another region’s need or candidate, and unknown ids, answer 404; an agent is refused', async () => {
  assert.equal((await get(elsewhere, `/app/besoins-main-oeuvre/${need.id}/candidats`)).statusCode, 404)
  assert.equal((await get(elsewhere, `/app/candidats/${proposed.id}/offres`)).statusCode, 404)
  assert.equal((await get(advisor, `/app/candidats/${crypto.randomUUID()}/offres`)).statusCode, 404)
  assert.equal((await get(advisor, '/app/besoins-main-oeuvre/abc/candidats')).statusCode, 404)
  assert.equal((await get(agent, `/app/besoins-main-oeuvre/${need.id}/candidats`)).statusCode, 403)
})

test('says the candidate was proposed after the proposals feature redirects back', async () => {
  const res = await get(advisor, `/app/besoins-main-oeuvre/${need.id}/candidats?proposee=1`)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Le candidat a été proposé à l’entreprise\./)
  const plain = await get(advisor, `/app/besoins-main-oeuvre/${need.id}/candidats`)
  assert.doesNotMatch(plain.body, /a été proposé/)
})

test('a bad limit is a 400 page, not a 500', async () => {
  const res = await get(advisor, `/app/besoins-main-oeuvre/${need.id}/candidats?limit=-3`)
  assert.equal(res.statusCode, 400)
})
