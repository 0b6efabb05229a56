import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp } from '../../../test/build-test-app.js'
import { buildServicePoint, buildStaff } from '../../../test/factories/territory.js'
import { loadDemo } from '../../seed/demo.js'

const app = await buildTestApp()
before(() => loadDemo(app.base, { people: false }))

test("serves the seed region's page in French, generated from the database", async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/fr/regions/gaspesie-iles-de-la-madeleine' })
  assert.equal(res.statusCode, 200)
  assert.match(res.headers['content-type'] as string, /text\/html/)
  for (const text of [
    '11, rue de la Cathédrale',
    '96 Montée de Sandy Beach, bureau 2.11',
    '314, boulevard Perron',
    '1 833 273-4667',
    'accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    'deux conseillères et conseillers en immigration régionale',
    "deux agentes et agents d'aide à l'intégration",
    'trois points de services',
    'Direction régionale du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine',
    'Pouvoir des mots de Gaspé',
    'Carrefour Jeunesse Emploi Rocher Percé Option Emploi',
  ]) {
    assert.ok(res.body.includes(text), text)
  }
  assert.match(res.body, /<html lang="fr-CA">/)
  assert.match(res.body, /<a href="\/en\/regions\/gaspesie-iles-de-la-madeleine" lang="en" hreflang="en">English<\/a>/)
  assert.match(res.body, /<h2>Personnel du ministère dans la région<\/h2>/)
  assert.doesNotMatch(res.body, /empty-region/, 'a region with a team has no empty-region notice')
})

test('serves the same page in English', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/en/regions/gaspesie-iles-de-la-madeleine' })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /two regional immigration advisors/)
  assert.match(res.body, /three service points/)
  assert.match(res.body, /<html lang="en-CA">/)
})

test('says plainly when a region has nobody listed yet', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/fr/regions/laval' })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Aucun point de services ni membre du personnel/)
})

test("the demo's empty Bas-Saint-Laurent says once where to find its directorate's contacts, which follow", async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/fr/regions/bas-saint-laurent' })
  const notice = res.body.match(/<div class="qc-notice qc-information empty-region">[\s\S]*?<\/div><\/div><\/div>/)?.[0]
  assert.ok(notice, 'an empty region has its notice')
  assert.equal(notice.match(/coordonnées/g)?.length, 1, notice)
  assert.match(notice, /ses coordonnées sont ci-dessous\./)
  assert.doesNotMatch(notice, /Nous joindre|une direction régionale/)
  assert.ok(
    res.body.indexOf('empty-region') < res.body.indexOf('href="mailto:accompagnement_qcdrbslgim@mifi.gouv.qc.ca"'),
  )
  const en = await app.injectAs(null, { method: 'GET', url: '/en/regions/bas-saint-laurent' })
  assert.match(
    en.body,
    /the regional directorate serving the region can direct you: its contact information is below\./,
  )
  assert.doesNotMatch(en.body, /their contact information is on the/)
})

test('counts only the team and service points in force today', async () => {
  await buildStaff(app.system, { role: 'advisor', regionCode: '11', validFrom: '2019-01-01', validTo: '2020-01-01' })
  await buildStaff(app.system, { role: 'agent', regionCode: '11', validFrom: '2099-01-01' })
  await buildServicePoint(app.system, {
    regionCode: '11',
    name: 'Fermé',
    validFrom: '2019-01-01',
    validTo: '2021-06-30',
  })
  const res = await app.injectAs(null, { method: 'GET', url: '/fr/regions/gaspesie-iles-de-la-madeleine' })
  assert.match(res.body, /équipe de deux conseillères/)
  assert.match(res.body, /s'ajoutent deux agentes/)
  assert.match(res.body, /trois points de services/)
  await buildStaff(app.system, { role: 'advisor', regionCode: '11', validFrom: '2020-01-01' })
  const after = await app.injectAs(null, { method: 'GET', url: '/fr/regions/gaspesie-iles-de-la-madeleine' })
  assert.match(after.body, /équipe de trois conseillères/)
})

test('lists every region on the home page and answers 404 for an unknown slug', async () => {
  const home = await app.injectAs(null, { method: 'GET', url: '/fr' })
  assert.equal((home.body.match(/href="\/fr\/regions\//g) ?? []).length, 17)
  const missing = await app.injectAs(null, { method: 'GET', url: '/fr/regions/atlantide' })
  assert.equal(missing.statusCode, 404)
  assert.match(missing.body, /Page introuvable/)
})

test('sends security headers and a strict content security policy', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/fr' })
  assert.match(res.headers['content-security-policy'] as string, /script-src 'self'/)
  assert.equal(res.headers['x-content-type-options'], 'nosniff')
})
