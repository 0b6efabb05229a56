import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { getPersonOrThrow } from './person.service.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const BASE = '/app/personnes'
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: [string, string][]) => new URLSearchParams([['_csrf', csrfToken], ...data]).toString()
const post = (url: string, data: [string, string][]) =>
  app.injectAs(agent, { method: 'POST', url, headers: formHeaders, payload: form(data) })
const get = (url: string) => app.injectAs(agent, { method: 'GET', url })
const valid: [string, string][] = [
  ['givenName', 'Jean-Baptiste'],
  ['familyName', 'Joseph'],
  ['birthDate', '1987-08-08'],
  ['regionCode', '11'],
  ['preferredLanguage', 'fr'],
  ['countryOfBirth', 'HT'],
  ['citizenships', 'HT'],
  ['citizenships', 'CA'],
  ['languages', 'ht'],
  ['languages', 'fr'],
  ['frenchOralProduction', '7'],
  ['mrcCode', '03'],
]

describe('the person form', () => {
  test('records a person and shows the page with countries and languages named in French and in English', async () => {
    const res = await post(`${BASE}/nouvelle`, valid)
    assert.equal(res.statusCode, 303)
    const page = await app.follow(agent, res)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Jean-Baptiste Joseph/)
    assert.match(page.body, /Haïti, Canada/)
    assert.match(page.body, /Créole haïtien, Français/)
    assert.match(page.body, /La Côte-de-Gaspé/)
    assert.match(page.body, /Production orale<\/dt><dd>7/)
    const en = await get(`${String(res.headers.location).split('?')[0]}?lang=en`)
    assert.match(en.body, /Haiti, Canada/)
    assert.match(en.body, /Haitian Creole, French/)
  })

  test('groups the immigration categories into permanent residence and temporary status', async () => {
    const page = await app.injectAs(agent, { method: 'GET', url: `${BASE}/nouvelle` })
    assert.equal(page.statusCode, 200)
    const permanent = page.body.indexOf('<optgroup label="Résidence permanente">')
    const temporary = page.body.indexOf('<optgroup label="Statut temporaire">')
    assert.ok(permanent > 0 && temporary > permanent)
    assert.ok(page.body.indexOf('value="economic"') > permanent && page.body.indexOf('value="economic"') < temporary)
    assert.ok(page.body.indexOf('value="asylum_seeker"') > temporary)
  })

  test('shows the form again with a message on each wrong field (400), in French and in English', async () => {
    const bad = valid
      .filter(([k]) => k !== 'familyName')
      .concat([
        ['email', 'nope'],
        ['languages', 'zz'],
      ])
    const fr = await post(`${BASE}/nouvelle`, bad)
    assert.equal(fr.statusCode, 400)
    assert.match(fr.body, /id="f-familyName-error"[^>]*>Ce champ est obligatoire/)
    assert.match(fr.body, /id="f-email-error"[^>]*>Adresse courriel invalide/)
    assert.match(fr.body, /id="f-languages-error"[^>]*>Code de langue inconnu/)
    assert.match(fr.body, /href="#f-languages">Langues parlées/)
    assert.match(fr.body, /value="Jean-Baptiste"/)
    const en = await post(`${BASE}/nouvelle?lang=en`, bad)
    assert.match(en.body, /id="f-familyName-error"[^>]*>This field is required/)
  })

  test('lists the possible duplicates with links, and records the person once the box is ticked', async () => {
    const existing = await buildPerson(app.system, { givenName: 'Fatou', familyName: 'Sow', birthDate: '1992-12-12' })
    const data: [string, string][] = [
      ['givenName', 'Fatou'],
      ['familyName', 'Sow'],
      ['birthDate', '1992-12-12'],
      ['regionCode', '11'],
    ]
    const refused = await post(`${BASE}/nouvelle`, data)
    assert.equal(refused.statusCode, 409)
    assert.match(refused.body, new RegExp(`href="${BASE}/${existing.id}"`))
    assert.match(refused.body, /name="confirmedNotDuplicate"/)
    assert.match(refused.body, /Il s’agit d’une autre personne/)
    const confirmed = await post(`${BASE}/nouvelle`, [...data, ['confirmedNotDuplicate', 'true']])
    assert.equal(confirmed.statusCode, 303)
  })

  test('edits a person (full replacement) and refuses the form to a role that may not write', async () => {
    const person = await buildPerson(app.system, { givenName: 'Ivan', familyName: 'Horvat', birthDate: '1979-01-01' })
    const edit = await get(`${BASE}/${person.id}/modifier`)
    assert.equal(edit.statusCode, 200)
    assert.match(edit.body, /value="Horvat"/)
    const saved = await post(`${BASE}/${person.id}/modifier`, [
      ['givenName', 'Ivan'],
      ['familyName', 'Horvat'],
      ['birthDate', '1979-01-01'],
      ['regionCode', '11'],
      ['phone', '418 555-0199'],
    ])
    assert.equal(saved.statusCode, 303)
    assert.equal((await getPersonOrThrow(app.system, person.id)).phone, '418 555-0199')
    const advisor = await app.userOf('advisor', 'region', '11')
    assert.equal((await app.injectAs(advisor, { method: 'GET', url: `${BASE}/nouvelle` })).statusCode, 403)
  })
})

describe('the person page and the list', () => {
  test('shows the dossiers and household, and answers 404 for a person of another region', async () => {
    const dossier = await buildDossier(app.system, { regionCode: '11' })
    const page = await get(`${BASE}/${dossier.personId}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, new RegExp(`href="/app/dossiers/${dossier.id}" class="nowrap">${dossier.number}`))
    assert.match(page.body, new RegExp(`/app/dossiers/nouveau\\?person=${dossier.personId}`))
    assert.match(page.body, new RegExp(`${BASE}/${dossier.personId}/consentements`))
    const other = await buildPerson(app.system, { regionCode: '01' })
    assert.equal((await get(`${BASE}/${other.id}`)).statusCode, 404)
  })

  test('finds a person with a typo, in French and in English, and pages the list with a "Suivant" link', async () => {
    await buildPerson(app.system, { givenName: 'Mélanie', familyName: 'Tremblay', birthDate: '1962-02-02' })
    const found = await get(`${BASE}?q=${encodeURIComponent('melanie tremblai')}`)
    assert.equal(found.statusCode, 200)
    assert.match(found.body, /Tremblay, Mélanie/)
    const live = await app.injectAs(agent, {
      method: 'GET',
      url: `${BASE}?q=tremblai`,
      headers: { 'hx-request': 'true' },
    })
    assert.match(live.body, /^<div id="results"/)
    assert.match(live.body, /Tremblay, Mélanie/)
    const en = await get(`${BASE}?lang=en&q=tremblay`)
    assert.match(en.body, /Search for a person/)
    for (let i = 0; i < 26; i++) await buildPerson(app.system, { familyName: `Zz${String(i).padStart(2, '0')}` })
    const first = await get(BASE)
    const next = /href="([^"]*cursor=[^"]+)"[^>]*>Suivant/.exec(first.body)?.[1]
    assert.ok(next)
    const second = await get(next.replaceAll('&amp;', '&'))
    assert.equal(second.statusCode, 200)
    const bad = await get(`${BASE}?cursor=nope`)
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /Page inconnue/)
  })
})
