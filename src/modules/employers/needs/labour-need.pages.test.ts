import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { buildEnterprise, buildLabourNeed } from '../../../../test/factories/employers.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
type User = typeof advisor
const enterprise = await buildEnterprise(app.system, { legalName: 'Fumoir du Havre', city: 'Gaspé', mrcCode: '03' })
const elsewhere = await buildEnterprise(app.system, { regionCode: '01', mrcCode: null, city: 'Rimouski' })
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
/** Whether a page says something (a short failure message instead of the whole page). */
const says = (body: string, text: RegExp) => assert.ok(text.test(body), `the page does not say ${text}`)
const fields = {
  enterpriseId: enterprise.id,
  title: 'Fileteur ou fileteuse',
  cnpCode: '94142',
  positions: '2',
  employmentType: 'seasonal',
  frenchLevel: '',
  otherLanguages: ['es', 'en'],
  regulatedProfession: 'false',
  wage: '21,75',
  wageUnit: 'hour',
  city: '',
  mrcCode: '',
  startOn: '2021-05-10',
}

test('an advisor creates a need from its enterprise, sees its details, edits it (French)', async () => {
  const form = await get(advisor, `/app/besoins-main-oeuvre/nouveau?entreprise=${enterprise.id}`)
  assert.equal(form.statusCode, 200)
  says(form.body, /Nouveau besoin de main-d’œuvre — Fumoir du Havre/)
  says(form.body, /name="cnpCode"/)
  says(form.body, /value="Gaspé"/)
  const created = await post(advisor, '/app/besoins-main-oeuvre/nouveau', fields)
  assert.equal(created.statusCode, 303, created.body)
  const url = String(created.headers.location).replace('?saved=1', '')
  const details = await get(advisor, `${url}?saved=1`)
  assert.equal(details.statusCode, 200)
  says(details.body, /Le besoin de main-d’œuvre est enregistré/)
  says(details.body, /94142 — Ouvriers\/ouvrières dans les usines de transformation du poisson/)
  says(details.body, /Fish and seafood plant workers \(FEER 4\)/)
  says(details.body, /21,75\s\$ \/ heure/)
  says(details.body, /Anglais, Espagnol/)
  says(details.body, new RegExp(`href="${url}/candidats"[^>]*>Candidats classés`))
  const edit = await get(advisor, `${url}/modifier`)
  assert.equal(edit.statusCode, 200)
  says(edit.body, /value="21.75"/)
  says(edit.body, /<option value="es" selected/)
  const edited = await post(advisor, `${url}/modifier`, { ...fields, positions: '4', status: 'partially_filled' })
  assert.equal(edited.statusCode, 303, edited.body)
  const after = await get(advisor, url)
  says(after.body, /Partiellement pourvu/)
})

test('bad input shows the form again with a message per field and what was typed (400)', async () => {
  const res = await post(advisor, '/app/besoins-main-oeuvre/nouveau', {
    ...fields,
    cnpCode: '99999',
    positions: '0',
    frenchLevel: '13',
    wage: 'abc',
    startOn: '2021-02-30',
  })
  assert.equal(res.statusCode, 400)
  says(res.body, /Code CNP inconnu : 99999/)
  says(res.body, /Un nombre entier de postes, de 1 à 10 000/)
  says(res.body, /Un niveau de 1 à 12/)
  says(res.body, /Salaire invalide/)
  says(res.body, /Date invalide/)
  says(res.body, /value="Fileteur ou fileteuse"/)
  says(res.body, /<option value="es" selected/)
})

test('the list in French and English with its live filter answering htmx the results alone', async () => {
  await buildLabourNeed(app.system, enterprise, { title: 'Matelot de pont', cnpCode: '84121', status: 'open' })
  const fr = await get(director, '/app/besoins-main-oeuvre')
  assert.equal(fr.statusCode, 200)
  says(fr.body, /<h1>Besoins de main-d’œuvre<\/h1>/)
  says(fr.body, /Matelot de pont/)
  says(fr.body, /Fumoir du Havre/)
  assert.doesNotMatch(fr.body, /Un besoin se crée depuis la page de son entreprise/)
  says((await get(advisor, '/app/besoins-main-oeuvre')).body, /Un besoin se crée depuis la page de son entreprise/)
  const en = await get(director, '/app/besoins-main-oeuvre?lang=en')
  says(en.body, /<h1>Labour needs<\/h1>/)
  says(en.body, /Seasonal/)
  const fragment = await get(director, '/app/besoins-main-oeuvre?q=matelot&status=open', { 'hx-request': 'true' })
  assert.equal(fragment.statusCode, 200)
  assert.doesNotMatch(fragment.body, /<html/)
  says(fragment.body, /Matelot de pont/)
  assert.doesNotMatch(fragment.body, /Fileteur/)
  const bad = await get(director, '/app/besoins-main-oeuvre?status=frozen')
  assert.equal(bad.statusCode, 400)
  says(bad.body, /valeurs proposées/)
})

test('the details and the form in English', async () => {
  const need = await buildLabourNeed(app.system, enterprise, { wageCents: 4_800_000, wageUnit: 'year' })
  const details = await get(advisor, `/app/besoins-main-oeuvre/${need.id}?lang=en`)
  assert.equal(details.statusCode, 200)
  says(details.body, /Ranked candidates/)
  says(details.body, /\$48,000\.00 \/ year/)
  says(details.body, /TEER 5/)
  const form = await get(advisor, `/app/besoins-main-oeuvre/${need.id}/modifier?lang=en`)
  says(form.body, /Edit the labour need/)
  says(form.body, /Number of positions/)
})

test('a director reads but gets no form; an agent has no access', async () => {
  const need = await buildLabourNeed(app.system, enterprise)
  const details = await get(director, `/app/besoins-main-oeuvre/${need.id}`)
  assert.equal(details.statusCode, 200)
  assert.doesNotMatch(details.body, /modifier/)
  assert.equal((await get(director, `/app/besoins-main-oeuvre/${need.id}/modifier`)).statusCode, 403)
  assert.equal((await get(director, `/app/besoins-main-oeuvre/nouveau?entreprise=${enterprise.id}`)).statusCode, 403)
  assert.equal((await post(director, `/app/besoins-main-oeuvre/${need.id}/modifier`, fields)).statusCode, 403)
  assert.equal((await get(agent, '/app/besoins-main-oeuvre')).statusCode, 403)
  assert.equal((await get(agent, `/app/besoins-main-oeuvre/${need.id}`)).statusCode, 403)
})

test('a need or an enterprise of another region answers 404 on the pages', async () => {
  const far = await buildLabourNeed(app.system, elsewhere)
  assert.equal((await get(advisor, `/app/besoins-main-oeuvre/${far.id}`)).statusCode, 404)
  assert.equal((await get(advisor, `/app/besoins-main-oeuvre/${far.id}/modifier`)).statusCode, 404)
  assert.equal((await get(advisor, `/app/besoins-main-oeuvre/nouveau?entreprise=${elsewhere.id}`)).statusCode, 404)
  assert.equal((await get(advisor, '/app/besoins-main-oeuvre/nouveau')).statusCode, 404)
  const posted = await post(advisor, '/app/besoins-main-oeuvre/nouveau', { ...fields, enterpriseId: elsewhere.id })
  assert.equal(posted.statusCode, 404)
})
