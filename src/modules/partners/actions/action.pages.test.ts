import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { buildAction, buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { createActionKind, retireActionKind } from './action-kind.service.js'

const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const partner = await app.userOf('partner', 'all')
type User = typeof director
const organization = await buildOrganization(app.system, { name: 'Accueil Gaspé' })
const agreement = await buildAgreement(app.system, organization, { title: 'Accueil 2020' })
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
  agreementId: agreement.id,
  kindCode: 'school_tours',
  title: 'Tournée des écoles',
  startOn: '2021-02-01',
  endOn: '2021-02-05',
  municipality: 'Gaspé',
  immigrantParticipants: '3',
  totalParticipants: '120',
}

test('the list in French and English: columns, the count per kind, no add button for an agent', async () => {
  await buildAction(app.system, agreement, { title: 'Souper de Noël', startOn: '2020-12-12', endOn: '2020-12-12' })
  const fr = await get(agent, '/app/actions')
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Actions locales financées/)
  assert.match(fr.body, /Souper de Noël/)
  assert.match(fr.body, /Accueil Gaspé/)
  assert.match(fr.body, /Actions par type/)
  assert.match(fr.body, /20 \/ 45/)
  assert.doesNotMatch(fr.body, /Ajouter une action/)
  const en = await get(agent, '/app/actions?lang=en')
  assert.match(en.body, /Funded local actions/)
  assert.match(en.body, /Intercultural brunches and suppers/)
})

test('the live filter answers the results alone to htmx, and a bad period on the form without a dead end', async () => {
  await buildAction(app.system, agreement, {
    title: 'Jumelage d’hiver',
    kindCode: 'pairing',
    startOn: '2021-01-10',
    endOn: '2021-03-10',
  })
  const fragment = await get(agent, '/app/actions?kind=pairing&from=2021-03-01&to=2021-03-31', { 'hx-request': 'true' })
  assert.equal(fragment.statusCode, 200)
  assert.doesNotMatch(fragment.body, /<html/)
  assert.match(fragment.body, /Jumelage d’hiver/)
  assert.doesNotMatch(fragment.body, /Souper de Noël/)
  const byWords = await get(agent, '/app/actions?q=accueil%20gaspe')
  assert.match(byWords.body, /Jumelage d’hiver/)
  const bad = await get(agent, '/app/actions?from=2021-04-01&to=2021-03-01')
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /précéder/)
})

test('a director adds an action through the form, sees it, edits it, then removes it after confirming', async () => {
  await createActionKind(app.system, { nameFr: 'Bal masqué', nameEn: 'Masked ball', validFrom: '2019-01-01' })
  await retireActionKind(app.system, 'bal_masque', { validTo: '2021-01-01' })
  const form = await get(director, '/app/actions/nouvelle')
  assert.equal(form.statusCode, 200)
  assert.match(form.body, new RegExp(agreement.reference))
  assert.match(form.body, /<optgroup label="Types hors vigueur[^"]*">[\s\S]*Bal masqué/)
  const refused = await post(director, '/app/actions/nouvelle', { ...fields, endOn: '2022-06-01' })
  assert.equal(refused.statusCode, 400)
  assert.match(refused.body, /pendant l’entente/)
  assert.match(refused.body, /Tournée des écoles/)
  const created = await post(director, '/app/actions/nouvelle', fields)
  assert.equal(created.statusCode, 303)
  const url = String(created.headers.location)
  const details = await get(director, url)
  assert.match(details.body, /Tournée des écoles/)
  assert.match(details.body, /3 \/ 120/)
  const edit = await get(director, `${url}/modifier`)
  assert.equal(edit.statusCode, 200)
  const edited = await post(director, `${url}/modifier`, { ...fields, title: 'Tournée des écoles secondaires' })
  assert.equal(edited.statusCode, 303)
  assert.match((await get(director, url)).body, /Tournée des écoles secondaires/)
  const confirm = await get(director, `${url}/supprimer`)
  assert.match(confirm.body, /Supprimer cette action/)
  const removed = await post(director, `${url}/supprimer`, {})
  assert.equal(removed.statusCode, 303)
  assert.equal((await get(director, url)).statusCode, 404)
})

test('agents read an action but get no form; a partner account has no access to the staff app', async () => {
  const action = await buildAction(app.system, agreement)
  const details = await get(agent, `/app/actions/${action.id}`)
  assert.equal(details.statusCode, 200)
  assert.doesNotMatch(details.body, /modifier/)
  assert.equal((await get(agent, '/app/actions/nouvelle')).statusCode, 403)
  assert.equal((await get(agent, `/app/actions/${action.id}/modifier`)).statusCode, 403)
  assert.equal((await post(agent, `/app/actions/${action.id}/supprimer`, {})).statusCode, 403)
  const partnerList = await get(partner, '/app/actions')
  assert.notEqual(partnerList.statusCode, 200)
})

test('an action of another region answers 404 on its pages', async () => {
  const other = await buildAgreement(app.system, await buildOrganization(app.system, { regionCode: '01' }))
  const action = await buildAction(app.system, other)
  assert.equal((await get(director, `/app/actions/${action.id}`)).statusCode, 404)
  assert.equal((await get(director, `/app/actions/${action.id}/supprimer`)).statusCode, 404)
})
