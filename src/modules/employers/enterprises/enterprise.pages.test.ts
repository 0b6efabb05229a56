import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const elsewhere = await app.userOf('advisor', 'region', '01')
type User = typeof advisor
const get = (user: User, url: string, headers: Record<string, string> = {}) =>
  app.injectAs(user, { method: 'GET', url, headers })
const post = (user: User, url: string, fields: Record<string, string>) =>
  app.injectAs(user, {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfToken, ...fields }).toString(),
  })
const fields = {
  legalName: 'Bleuetière Nordique',
  scianCode: '11',
  city: 'New Richmond',
  regionCode: '11',
  mrcCode: '',
}

test('the list in French and English, with its live filter as a fragment; no add button for a director', async () => {
  await buildEnterprise(app.system, { legalName: 'Homarderie Ste-Thérèse' })
  const fr = await get(advisor, '/app/entreprises?q=homarderie')
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1>Entreprises<\/h1>/)
  assert.match(fr.body, /Homarderie Ste-Thérèse/)
  assert.match(fr.body, /Ajouter une entreprise/)
  const en = await get(director, '/app/entreprises?q=homarderie&lang=en')
  assert.match(en.body, /Name or NEQ/)
  assert.doesNotMatch(en.body, /Add an enterprise/)
  const fragment = await get(advisor, '/app/entreprises?q=homarderie', { 'hx-request': 'true' })
  assert.doesNotMatch(fragment.body, /<h1>/)
  assert.match(fragment.body, /Homarderie/)
  const bad = await get(advisor, `/app/entreprises?q=${'x'.repeat(101)}`)
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /<h1>Entreprises<\/h1>/)
})

test('creates an enterprise from the form (303 to its page), shows a message per field otherwise', async () => {
  const bad = await post(advisor, '/app/entreprises/nouvelle', { ...fields, neq: '123', postalCode: 'zzz' })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /Le NEQ compte 10 chiffres\./)
  assert.match(bad.body, /Code postal invalide/)
  assert.match(bad.body, /value="Bleuetière Nordique"/)
  const ok = await post(advisor, '/app/entreprises/nouvelle', { ...fields, neq: testNeq() })
  assert.equal(ok.statusCode, 303, ok.body)
  const page = await get(advisor, ok.headers.location as string)
  assert.match(page.body, /L’entreprise est enregistrée/)
  assert.match(page.body, /Bleuetière Nordique/)
  assert.match(page.body, /Personnes-ressources/)
  // The other features' sections follow the contacts (employers.plugin.ts hands them in).
  const contacts = page.body.indexOf('Personnes-ressources')
  assert.ok(contacts < page.body.indexOf('id="services-title"'))
})

test('a similar name in the municipality asks for confirmation, and the box lets it through', async () => {
  const first = await buildEnterprise(app.system, { legalName: 'Camping de la Baie', city: 'Carleton-sur-Mer' })
  const form = { ...fields, legalName: 'Camping de la baie', city: 'Carleton-sur-Mer' }
  const refused = await post(advisor, '/app/entreprises/nouvelle', form)
  assert.equal(refused.statusCode, 409)
  assert.match(refused.body, new RegExp(`href="/app/entreprises/${first.id}"`))
  assert.match(refused.body, /name="confirmedNotDuplicate"/)
  assert.match(refused.body, /Ce n’est pas un doublon/)
  const confirmed = await post(advisor, '/app/entreprises/nouvelle', { ...form, confirmedNotDuplicate: 'true' })
  assert.equal(confirmed.statusCode, 303)
})

test('edits an enterprise; an MRC of another region is refused on its field', async () => {
  const e = await buildEnterprise(app.system)
  const form = await get(advisor, `/app/entreprises/${e.id}/modifier?lang=en`)
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /Edit the enterprise/)
  const other = await post(advisor, `/app/entreprises/${e.id}/modifier`, {
    ...fields,
    legalName: e.legalName,
    mrcCode: '99999',
  })
  assert.equal(other.statusCode, 400)
  assert.match(other.body, /Cette MRC n’est pas de la région choisie/)
  const ok = await post(advisor, `/app/entreprises/${e.id}/modifier`, {
    ...fields,
    legalName: e.legalName,
    city: 'Gaspé',
  })
  assert.equal(ok.statusCode, 303)
})

test('contacts: add, edit, remove after a confirmation page', async () => {
  const e = await buildEnterprise(app.system)
  const base = `/app/entreprises/${e.id}/contacts`
  assert.equal((await post(advisor, `${base}/nouveau`, { name: '', language: 'fr' })).statusCode, 400)
  const added = await post(advisor, `${base}/nouveau`, {
    name: 'Nadia Arsenault',
    jobTitle: 'Propriétaire',
    language: 'fr',
  })
  assert.equal(added.statusCode, 303)
  const page = await get(advisor, `/app/entreprises/${e.id}`)
  assert.match(page.body, /Nadia Arsenault/)
  const id = /contacts\/([0-9a-f-]{36})\/modifier/.exec(page.body)?.[1]
  assert.ok(id)
  assert.equal((await get(advisor, `${base}/${id}/modifier`)).statusCode, 200)
  assert.equal(
    (await post(advisor, `${base}/${id}/modifier`, { name: 'Nadia Arsenault', language: 'en' })).statusCode,
    303,
  )
  const confirm = await get(advisor, `${base}/${id}/retirer`)
  assert.match(confirm.body, /Retirer cette personne-ressource/)
  assert.equal((await post(advisor, `${base}/${id}/retirer`, {})).statusCode, 303)
  assert.doesNotMatch((await get(advisor, `/app/entreprises/${e.id}`)).body, /Nadia Arsenault/)
})

test('another region’s enterprise answers 404; an agent may not open the list or the form', async () => {
  const e = await buildEnterprise(app.system)
  assert.equal((await get(elsewhere, `/app/entreprises/${e.id}`)).statusCode, 404)
  assert.equal((await get(elsewhere, `/app/entreprises/${e.id}/modifier`)).statusCode, 404)
  assert.equal((await get(director, `/app/entreprises/${e.id}/modifier`)).statusCode, 403)
  assert.equal((await get(agent, '/app/entreprises')).statusCode, 403)
  assert.equal((await get(agent, '/app/entreprises/nouvelle')).statusCode, 403)
})
