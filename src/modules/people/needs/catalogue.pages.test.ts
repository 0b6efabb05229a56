import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { listNeedCatalogue } from './catalogue.service.js'

const app = await buildTestApp()
const BASE = '/app/admin/besoins'
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
const newNeed = {
  code: 'tax_returns',
  volet: 'installation',
  labelFr: 'Déclarations de revenus',
  labelEn: 'Tax returns',
  sortOrder: '150',
  validFrom: '2019-01-01',
}
let admin: TestUser

before(async () => {
  admin = await app.userOf('admin', 'all')
})

const post = (url: string, data: Record<string, string>, cookies?: Record<string, string>) =>
  app.injectAs(admin, { method: 'POST', url, headers: formHeaders, cookies, payload: form(data) })

test('lists the catalogue by volet, and adds a need that new assessments then offer', async () => {
  const list = await app.injectAs(admin, { method: 'GET', url: BASE })
  assert.equal(list.statusCode, 200)
  for (const heading of [
    'Installation',
    'Francisation',
    'Intégration au marché de l’emploi',
    'Intégration à la collectivité',
  ])
    assert.match(list.body, new RegExp(`<h2>${heading}</h2>`))
  assert.match(list.body, /Carte d’assurance maladie \(RAMQ\)/)
  const res = await post(`${BASE}/nouveau`, newNeed)
  assert.equal(res.statusCode, 303)
  const offered = await listNeedCatalogue(app.system.db, '2026-01-01')
  assert.equal(offered.find((n) => n.code === 'tax_returns')?.labelEn, 'Tax returns')
})

test('refuses a code already used (409) and a badly formed one (400), in the user’s language', async () => {
  const taken = await post(`${BASE}/nouveau`, { ...newNeed, code: 'housing' })
  assert.equal(taken.statusCode, 409)
  assert.match(taken.body, /Un besoin porte déjà ce code\./)
  const bad = await post(`${BASE}/nouveau`, { ...newNeed, code: 'Logement!' }, { escale_lang: 'en' })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /id="f-code-error"[^>]*>Lower-case letters, digits and underscores/)
})

test('edits a need’s labels, then retires it with an end date: listed as retired, offered no more', async () => {
  const edited = await post(`${BASE}/banking`, {
    labelFr: 'Services bancaires et budget',
    labelEn: 'Banking and budget',
    sortOrder: '70',
  })
  assert.equal(edited.statusCode, 303)
  const confirm = await app.injectAs(admin, { method: 'GET', url: `${BASE}/banking/retirer` })
  assert.equal(confirm.statusCode, 200)
  const retired = await post(`${BASE}/banking/retirer`, { validTo: '2024-01-01' })
  assert.equal(retired.statusCode, 303)
  const list = await app.injectAs(admin, { method: 'GET', url: BASE })
  assert.match(list.body, /Services bancaires et budget/)
  assert.match(list.body, /Retiré/)
  assert.equal(
    (await listNeedCatalogue(app.system.db, '2026-01-01')).some((n) => n.code === 'banking'),
    false,
  )
  assert.equal(
    (await listNeedCatalogue(app.system.db, '2023-06-01')).some((n) => n.code === 'banking'),
    true,
  )
})

test('only those who manage the catalogue reach it: an agent gets 403; an unknown code 404', async () => {
  const agent = await app.userOf('agent', 'region', '11')
  assert.equal((await app.injectAs(agent, { method: 'GET', url: BASE })).statusCode, 403)
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: `${BASE}/nouveau`,
    headers: formHeaders,
    payload: form(newNeed),
  })
  assert.equal(res.statusCode, 403)
  assert.equal((await app.injectAs(admin, { method: 'GET', url: `${BASE}/no_such_need` })).statusCode, 404)
})
