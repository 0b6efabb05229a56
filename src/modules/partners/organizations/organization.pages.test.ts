import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { createOrganization, getOrganizationOrThrow } from './organization.service.js'
import { updateCapacity } from './organization-capacity.service.js'

const app = await buildTestApp()
const BASE = '/app/organismes'
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: [string, string][]) => new URLSearchParams([['_csrf', csrfToken], ...data]).toString()
let director: TestUser
let advisor: TestUser

before(async () => {
  director = await app.userOf('director', 'region', '11')
  advisor = await app.userOf('advisor', 'region', '11')
})

test('a director creates an organization through the form, in French; errors show on their fields first', async () => {
  const fields: [string, string][] = [
    ['name', 'Accueil Chandler'],
    ['kind', 'community'],
    ['regionCode', '11'],
    ['services', 'housing'],
    ['services', 'french_courses'],
    ['languages', 'es'],
    ['servedMrcCodes', '02'],
    ['city', 'Chandler'],
    ['listedPublicly', 'true'],
  ]
  const bad = await app.injectAs(director, {
    method: 'POST',
    url: `${BASE}/nouveau`,
    headers: formHeaders,
    payload: form([...fields, ['website', 'javascript:alert(1)'], ['servedMrcCodes', '07']]),
  })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /id="f-website-error">Adresse Web invalide/)
  assert.match(bad.body, /name="services" value="housing" checked/, 'the ticked boxes stay ticked')
  const res = await app.injectAs(director, {
    method: 'POST',
    url: `${BASE}/nouveau`,
    headers: formHeaders,
    payload: form(fields),
  })
  assert.equal(res.statusCode, 303)
  const id = String(res.headers.location).match(/organismes\/([0-9a-f-]{36})\?saved=1/)?.[1]
  assert.ok(id, String(res.headers.location))
  const page = await app.follow(director, res)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /<h1>Accueil Chandler<\/h1>/)
  assert.match(page.body, /L’organisme est enregistré/)
  assert.match(page.body, /Logement, Cours de français/)
  assert.match(page.body, /Espagnol/)
  assert.match(page.body, /Le Rocher-Percé/)
  assert.match(page.body, /Jamais indiquée/)
  const org = await getOrganizationOrThrow(app.system, id)
  assert.deepEqual(org.services, ['housing', 'french_courses'])
})

test('the list shows capacity and its date, filters live (htmx fragment) and links to the HSDS export; in English too', async () => {
  const org = await createOrganization(app.system, {
    name: 'Liste Gaspé',
    kind: 'literacy',
    regionCode: '11',
    services: ['literacy'],
  })
  await updateCapacity(app.system, org.id, { status: 'limited' })
  const fr = await app.injectAs(advisor, { method: 'GET', url: BASE })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1>Organismes<\/h1>/)
  assert.match(fr.body, /Liste Gaspé/)
  assert.match(fr.body, /Places limitées \(\d+ \S+ 20\d\d\)/)
  assert.match(fr.body, /href="\/api\/v1\/organizations\/export\?format=hsds"/)
  assert.doesNotMatch(fr.body, /Ajouter un organisme/, 'an advisor does not manage organizations')
  const en = await app.injectAs(advisor, { method: 'GET', url: `${BASE}?lang=en&kind=literacy` })
  assert.match(en.body, /<h1>Partner organizations<\/h1>/)
  assert.match(en.body, /Literacy group/)
  assert.match(en.body, /Limited places/)
  const fragment = await app.injectAs(advisor, {
    method: 'GET',
    url: `${BASE}?kind=municipality`,
    headers: { 'hx-request': 'true' },
  })
  assert.doesNotMatch(fragment.body, /<html/)
  assert.match(fragment.body, /Aucun organisme ne correspond/)
  const bad = await app.injectAs(advisor, { method: 'GET', url: `${BASE}?kind=club` })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /Choisissez l’une des valeurs proposées/)
  const cursor = await app.injectAs(advisor, { method: 'GET', url: `${BASE}?cursor=abc` })
  assert.equal(cursor.statusCode, 400)
  const manager = await app.injectAs(director, { method: 'GET', url: BASE })
  assert.match(manager.body, /href="\/app\/organismes\/nouveau"/)
})

test('the edit form is only for managers of the region; another region answers 404', async () => {
  const org = await createOrganization(app.system, { name: 'Édition Percé', kind: 'community', regionCode: '11' })
  const edit = await app.injectAs(director, { method: 'GET', url: `${BASE}/${org.id}/modifier?lang=en` })
  assert.equal(edit.statusCode, 200)
  assert.match(edit.body, /<h1>Edit organization<\/h1>/)
  assert.match(edit.body, /value="Édition Percé"/)
  assert.equal((await app.injectAs(advisor, { method: 'GET', url: `${BASE}/${org.id}/modifier` })).statusCode, 403)
  assert.equal((await app.injectAs(advisor, { method: 'GET', url: `${BASE}/nouveau` })).statusCode, 403)
  const saved = await app.injectAs(director, {
    method: 'POST',
    url: `${BASE}/${org.id}/modifier`,
    headers: formHeaders,
    payload: form([
      ['name', 'Édition Percé'],
      ['kind', 'cooperative'],
      ['regionCode', '11'],
      ['listedPublicly', 'false'],
    ]),
  })
  assert.equal(saved.statusCode, 303)
  const after = await getOrganizationOrThrow(app.system, org.id)
  assert.equal(after.kind, 'cooperative')
  assert.equal(after.listedPublicly, false)
  const other = await app.userOf('director', 'region', '04')
  assert.equal((await app.injectAs(other, { method: 'GET', url: `${BASE}/${org.id}` })).statusCode, 404)
  assert.equal((await app.injectAs(other, { method: 'GET', url: `${BASE}/${org.id}/modifier` })).statusCode, 404)
})

test('staff update the capacity from the organization page: its date and author show; advisors are refused', async () => {
  const org = await createOrganization(app.system, { name: 'Capacité Gaspé', kind: 'community', regionCode: '11' })
  assert.equal((await app.injectAs(advisor, { method: 'GET', url: `${BASE}/${org.id}/capacite` })).statusCode, 403)
  const bad = await app.injectAs(director, {
    method: 'POST',
    url: `${BASE}/${org.id}/capacite`,
    headers: formHeaders,
    payload: form([['status', 'waiting_list']]),
  })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /id="f-waitingCount-error">Indiquez combien de personnes attendent/)
  const res = await app.injectAs(director, {
    method: 'POST',
    url: `${BASE}/${org.id}/capacite`,
    headers: formHeaders,
    payload: form([
      ['status', 'waiting_list'],
      ['waitingCount', '7'],
      ['note', 'Environ un mois'],
    ]),
  })
  assert.equal(res.statusCode, 303)
  const page = await app.follow(director, res)
  assert.match(page.body, /La capacité est mise à jour/)
  assert.match(
    page.body,
    /<strong>Liste d’attente<\/strong> \(7 personnes en attente\), mise à jour le .* par Test director/,
  )
  assert.match(page.body, /Environ un mois/)
  const en = await app.injectAs(advisor, { method: 'GET', url: `${BASE}/${org.id}?lang=en` })
  assert.match(en.body, /<strong>Waiting list<\/strong> \(7 persons waiting\), updated on .* by Test director/)
  assert.doesNotMatch(en.body, /capacite"/, 'no capacity form offered to an advisor')
})
