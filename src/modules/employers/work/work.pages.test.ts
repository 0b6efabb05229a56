import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise, buildLabourNeed } from '../../../../test/factories/employers.js'
import { civilDate } from '../../../platform/clock.js'
import { addDays } from '../../../platform/civil-date.js'
import { submitEmployerRequest } from '../requests/employer-request.service.js'

const app = await buildTestApp()
let advisor: TestUser
let director: TestUser
let otherRegion: TestUser
let enterpriseId: string
let requestId: string
let needId: string

before(async () => {
  advisor = await app.userOf('advisor', 'region', '09')
  director = await app.userOf('director', 'region', '09')
  otherRegion = await app.userOf('advisor', 'region', '10')
  const e = await buildEnterprise(app.system, { regionCode: '09', mrcCode: null, legalName: 'Scierie du Nord' })
  enterpriseId = e.id
  const today = civilDate(new Date())
  await buildAdvisorService(app.system, e, { servedOn: addDays(today, -30), followUpOn: addDays(today, -2) })
  needId = (await buildLabourNeed(app.system, e, { title: 'Opérateur de scie' })).id
  const request = await submitEmployerRequest(app.system, {
    enterpriseName: 'Pourvoirie Manicouagan',
    city: 'Baie-Comeau',
    regionCode: '09',
    contactName: 'Luc',
    email: 'luc@pourvoirie.example',
    language: 'fr',
    message: 'Trois guides.',
  })
  requestId = request.id
})

test('shows the advisor’s queue, each item linked to its page, in French and English', async () => {
  const fr = await app.injectAs(advisor, { method: 'GET', url: '/app/entreprises/mon-travail' })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1>Mon travail \(entreprises\)<\/h1>/)
  assert.match(fr.body, /Suivis d’entreprises à faire \(1\)/)
  assert.match(fr.body, new RegExp(`href="/app/entreprises/${enterpriseId}">Scierie du Nord</a>`))
  assert.match(fr.body, /en retard/)
  assert.match(fr.body, new RegExp(`href="/app/besoins-main-oeuvre/${needId}">Opérateur de scie</a>`))
  assert.match(fr.body, /Propositions en attente de réponse \(0\)/)
  assert.match(fr.body, new RegExp(`href="/app/demandes-entreprises/${requestId}">Pourvoirie Manicouagan</a>`))
  const en = await app.injectAs(advisor, { method: 'GET', url: '/app/entreprises/mon-travail?lang=en&owner=mine' })
  assert.equal(en.statusCode, 200)
  assert.match(en.body, /Enterprise follow-ups due \(0\)/, 'nobody’s follow-up is not mine')
  assert.match(en.body, /New employer requests \(1\)/)
  const all = await app.injectAs(advisor, { method: 'GET', url: '/app/entreprises/mon-travail?lang=en' })
  assert.match(all.body, /<td>NOC \d{5}<\/td>/, 'the need’s occupation code named in English')
  assert.match(fr.body, /<td>CNP \d{5}<\/td>/)
})

test('answers a bad filter with 400 and a message, not a 500', async () => {
  const res = await app.injectAs(advisor, { method: 'GET', url: '/app/entreprises/mon-travail?owner=tous' })
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /Choisissez l’une des valeurs proposées/)
})

test('shows another region nothing of this one; refuses agents (403); directors see no employer requests', async () => {
  const other = await app.injectAs(otherRegion, { method: 'GET', url: '/app/entreprises/mon-travail' })
  assert.equal(other.statusCode, 200)
  assert.doesNotMatch(other.body, /Scierie du Nord|Pourvoirie Manicouagan/)
  const agent = await app.userOf('agent', 'region', '09')
  assert.equal((await app.injectAs(agent, { method: 'GET', url: '/app/entreprises/mon-travail' })).statusCode, 403)
  const dir = await app.injectAs(director, { method: 'GET', url: '/app/entreprises/mon-travail' })
  assert.equal(dir.statusCode, 200)
  assert.match(dir.body, /Scierie du Nord/)
  assert.doesNotMatch(dir.body, /Nouvelles demandes d’entreprises|Pourvoirie Manicouagan/)
})

test('adds the counts to the staff home for employer staff only', async () => {
  const home = await app.injectAs(advisor, { method: 'GET', url: '/app' })
  assert.equal(home.statusCode, 200)
  assert.match(home.body, /<h2 id="employer-work">Mon travail \(entreprises\)<\/h2>/)
  assert.match(
    home.body,
    /href="\/app\/entreprises\/mon-travail#employer-work-follow_up">Suivis d’entreprises à faire<\/a><\/th><td>1<\/td><td>1<\/td>/,
  )
  const agent = await app.userOf('agent', 'region', '09')
  const agentHome = await app.injectAs(agent, { method: 'GET', url: '/app' })
  assert.doesNotMatch(agentHome.body, /employer-work/)
})
