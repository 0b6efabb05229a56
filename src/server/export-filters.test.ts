import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from '../../test/build-test-app.js'

// The five sources' filters as a user sends them from a list's form or the API: each message names its field, a name
// the source does not know or a region that does not exist is refused, and the limits are the list screens'.
const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const form = (payload: Record<string, string>, lang = '') =>
  app.injectAs(director, {
    method: 'POST',
    url: `/app/exports${lang}`,
    payload: { _csrf: csrfToken, format: 'csv', ...payload },
  })
const api = (source: string, filters: Record<string, string>) =>
  app.injectAs(director, { method: 'POST', url: '/api/v1/exports', payload: { source, format: 'csv', filters } })

/** Every error-summary link of a page reaches an element with that id; the links. */
function linksOf(body: string): string[] {
  const links = [...body.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]!)
  for (const id of links) assert.match(body, new RegExp(`id="${id}"`), `#${id} exists`)
  return links
}

test('a bad date on the persons form: the form again, the message naming its field, the value kept (FR/EN)', async () => {
  const res = await form({ source: 'persons', birthDate: '2024-02-30' })
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /<h1>Demander une exportation — Personnes<\/h1>/)
  assert.deepEqual(linksOf(res.body), ['f-birthDate'])
  assert.match(res.body, /Date de naissance : Date invalide \(AAAA-MM-JJ\)\./)
  assert.match(res.body, /<input id="f-birthDate" name="birthDate" type="text" value="2024-02-30"/)
  assert.match(res.body, /<a href="\/app\/personnes">Retour à la liste<\/a>/)
  const en = await form({ source: 'persons', birthDate: '2024-02-30' }, '?lang=en')
  assert.match(en.body, /Date of birth: Invalid date \(YYYY-MM-DD\)\./)
})

test('the persons search has the list’s limit (100 characters) through the form and the API alike', async () => {
  for (const q of ['x'.repeat(150), 'x'.repeat(2000)]) {
    const res = await form({ source: 'persons', q })
    assert.equal(res.statusCode, 400)
    assert.deepEqual(linksOf(res.body), ['f-q'])
    assert.match(res.body, /Recherche \(nom, numéro de dossier ou date de naissance\) : Au plus 100 caractères\./)
    const viaApi = await api('persons', { q })
    assert.equal(viaApi.statusCode, 400)
    assert.match(viaApi.json().error.fields.q, /Au plus 100 caractères/)
  }
  assert.equal((await api('persons', { q: 'x'.repeat(100) })).statusCode, 201)
})

test('a filter the source does not know is refused, naming it (not the whole list exported)', async () => {
  const res = await api('persons', { region: '99', bogus: '1' })
  assert.equal(res.statusCode, 400)
  assert.match(res.json().error.fields.filters, /« region », « bogus »/)
  const fromForm = await form({ source: 'agreements', status: 'signed', region: '11' })
  assert.equal(fromForm.statusCode, 400)
  assert.deepEqual(linksOf(fromForm.body), ['f-filters'])
  assert.match(fromForm.body, /Filtre inconnu pour cette liste : « region »/)
  assert.match(fromForm.body, /<input id="f-status" name="status" type="text" value="signed"/)
})

test('a region that does not exist is refused by the interventions, enterprises and actions filters', async () => {
  const cases: [source: string, name: string][] = [
    ['interventions', 'region'],
    ['enterprises', 'region'],
    ['actions', 'regionCode'],
  ]
  for (const [source, name] of cases) {
    const res = await api(source, { [name]: '99' })
    assert.equal(res.statusCode, 400, source)
    assert.match(res.json().error.fields[name], /Région inconnue/, source)
    const page = await form({ source, [name]: '99' })
    assert.equal(page.statusCode, 400)
    assert.deepEqual(linksOf(page.body), [`f-${name}`])
    assert.match(page.body, /Région : Région inconnue : un code de 01 à 17\./)
    assert.equal((await api(source, { [name]: '11' })).statusCode, 201, source)
  }
})

test('a reversed period on the interventions form: the form again with both dates and the way back to the dossiers', async () => {
  const res = await form({ source: 'interventions', from: '2026-03-31', to: '2025-04-01' })
  assert.equal(res.statusCode, 400)
  assert.deepEqual(linksOf(res.body), ['f-to'])
  assert.match(res.body, /Au \(date\) : La fin doit suivre le début\./)
  assert.match(res.body, /name="from" type="text" value="2026-03-31"/)
  assert.match(res.body, /<a href="\/app\/dossiers">Retour à la liste<\/a>/)
})

test('the export’s page shows its filters by their labels', async () => {
  const res = await form({ source: 'persons', birthDate: '1990-07-14', q: 'Arsenault' })
  assert.equal(res.statusCode, 303)
  const shown = await app.injectAs(director, { method: 'GET', url: String(res.headers.location) })
  assert.match(shown.body, /Recherche \([^)]*\) : <bdi>Arsenault<\/bdi>, Date de naissance : <bdi>1990-07-14<\/bdi>/)
  const en = await app.injectAs(director, { method: 'GET', url: `${res.headers.location}?lang=en` })
  assert.match(en.body, /Date of birth: <bdi>1990-07-14<\/bdi>/)
})
