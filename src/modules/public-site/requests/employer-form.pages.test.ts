import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { REQUESTS_PER_WINDOW } from '../../people/index.js'

const app = await buildTestApp()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
let address = 0
/** Each test sends from its own client address, so the per-address count of one test never limits another. */
const nextAddress = () => `10.1.0.${++address}`

async function requestsNamed(enterpriseName: string) {
  return queryRows<{ id: string; region_code: string; status: string; neq: string | null; positions_wanted: number }>(
    app.system.db,
    sql`select id, region_code, status, neq, positions_wanted from employers.employer_requests
      where enterprise_name = ${enterpriseName}`,
  )
}

function valid(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    enterpriseName: 'Pêcheries du Golfe',
    neq: '1141 234 567',
    city: 'Gaspé',
    regionCode: '11',
    contactName: 'Julie Cloutier',
    email: 'rh@pecheries.example',
    phone: '418 555-0101',
    language: 'fr',
    positionsWanted: '12',
    message: 'Nous cherchons douze préposés à la transformation pour la saison.',
    ...overrides,
  }
}

function post(url: string, data: Record<string, string>, remoteAddress = nextAddress()) {
  const payload = new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
  return app.injectAs(null, { method: 'POST', url, headers: formHeaders, payload, remoteAddress })
}

test('shows the form in French and English, the region preselected from ?region=, a plain POST form', async () => {
  const fr = await app.injectAs(null, { method: 'GET', url: '/fr/entreprises/demande?region=11' })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<form method="post" action="\/fr\/entreprises\/demande"/)
  assert.match(fr.body, /<option value="11" selected/)
  assert.match(fr.body, /href="\/en\/employers\/request"/)
  assert.match(fr.body, /<div hidden><label for="f-website">/)
  const en = await app.injectAs(null, { method: 'GET', url: '/en/employers/request?region=zz' })
  assert.equal(en.statusCode, 200, 'an unknown region in the link preselects nothing, never an error')
  assert.match(en.body, /Recruitment help request for employers/)
  assert.doesNotMatch(en.body, /selected/)
})

test('stores an accepted request in its region (status new), audits it, mails the region’s advisors, answers 303', async () => {
  const advisor = await app.userOf('advisor', 'region', '01')
  const elsewhere = await app.userOf('advisor', 'region', '02')
  const res = await post('/en/employers/request', valid({ enterpriseName: 'Accepted Ltd', regionCode: '01', neq: '' }))
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/en/employers/request/thank-you')
  const [row] = await requestsNamed('Accepted Ltd')
  assert.deepEqual(
    { region: row?.region_code, status: row?.status, neq: row?.neq, positions: row?.positions_wanted },
    { region: '01', status: 'new', neq: null, positions: 12 },
  )
  const [audit] = await queryRows<{ actor_user_id: string | null; region_code: string }>(
    app.system.db,
    sql`select actor_user_id, region_code from access.audit_events
      where action = 'employer_request.received' and entity_id = ${row!.id}`,
  )
  assert.deepEqual(audit, { actor_user_id: null, region_code: '01' })
  const mails = await queryRows<{ to_address: string; body_text: string }>(
    app.system.db,
    sql`select to_address, body_text from access.outbox where topic = 'employers.request' and body_text like ${`%${row!.id}%`}`,
  )
  assert.deepEqual(
    mails.map((m) => m.to_address),
    [advisor.email],
    'the advisors of the request’s region only',
  )
  assert.doesNotMatch(mails[0]!.body_text, /Julie Cloutier|rh@pecheries/, 'no contact details in the mail')
  assert.ok(!mails.some((m) => m.to_address === elsewhere.email))
  assert.equal((await post('/fr/entreprises/demande', valid({ enterpriseName: 'Spaced NEQ' }))).statusCode, 303)
  assert.equal(
    (await requestsNamed('Spaced NEQ'))[0]?.neq,
    '1141234567',
    'a NEQ typed with spaces is stored as 10 digits',
  )
  const thanks = await app.injectAs(null, { method: 'GET', url: '/en/employers/request/thank-you' })
  assert.match(thanks.body, /sent to your region’s regional immigration advisors/)
})

test('answers a filled honeypot with the same thank-you page and stores nothing', async () => {
  const res = await post('/fr/entreprises/demande', valid({ enterpriseName: 'Honeypot', website: 'http://spam' }))
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/fr/entreprises/demande/merci')
  assert.equal((await requestsNamed('Honeypot')).length, 0)
})

const badInputs: { field: string; value: string; fr: RegExp; en: RegExp }[] = [
  { field: 'enterpriseName', value: '', fr: /Ce champ est obligatoire/, en: /This field is required/ },
  { field: 'neq', value: '123', fr: /Le NEQ compte 10 chiffres/, en: /The NEQ has 10 digits/ },
  { field: 'neq', value: '11412345678', fr: /Le NEQ compte 10 chiffres/, en: /The NEQ has 10 digits/ },
  { field: 'city', value: '', fr: /Ce champ est obligatoire/, en: /This field is required/ },
  { field: 'regionCode', value: '99', fr: /Choisissez l’une des régions proposées/, en: /Choose one of the regions/ },
  { field: 'regionCode', value: 'x', fr: /Code de région invalide/, en: /Invalid region code/ },
  { field: 'contactName', value: '', fr: /Ce champ est obligatoire/, en: /This field is required/ },
  { field: 'email', value: '', fr: /Ce champ est obligatoire/, en: /This field is required/ },
  { field: 'email', value: 'pas-un-courriel', fr: /Adresse courriel invalide/, en: /Invalid email address/ },
  { field: 'phone', value: 'appelez-moi', fr: /Numéro de téléphone invalide/, en: /Invalid phone number/ },
  { field: 'language', value: 'de', fr: /Choisissez l’une des valeurs proposées/, en: /Choose one of the values/ },
  { field: 'positionsWanted', value: '0', fr: /Un nombre entier de postes, de 1 à 999/, en: /A whole number of/ },
  { field: 'positionsWanted', value: '-3', fr: /Un nombre entier de postes/, en: /A whole number of positions/ },
  { field: 'positionsWanted', value: '2.5', fr: /Un nombre entier de postes/, en: /A whole number of positions/ },
  { field: 'positionsWanted', value: 'douze', fr: /Un nombre entier de postes/, en: /A whole number of positions/ },
  { field: 'message', value: '', fr: /Ce champ est obligatoire/, en: /This field is required/ },
  { field: 'message', value: 'x'.repeat(2001), fr: /Au plus 2000 caractères/, en: /At most 2000 characters/ },
]

for (const bad of badInputs) {
  test(`refuses ${bad.field} = "${bad.value.slice(0, 12)}" with its message in French and English (400)`, async () => {
    const name = `Bad ${bad.field} ${bad.value.slice(0, 12)}`
    for (const [url, message] of [
      ['/fr/entreprises/demande', bad.fr],
      ['/en/employers/request', bad.en],
    ] as const) {
      const res = await post(url, valid({ enterpriseName: name, [bad.field]: bad.value }))
      assert.equal(res.statusCode, 400)
      assert.match(res.body, new RegExp(`id="f-${bad.field}-error">[^<]*${message.source}`))
    }
    assert.equal((await requestsNamed(name)).length, 0)
  })
}

test('answers an oversized body with 413 and a page, never 500; refuses a form without its CSRF token', async () => {
  const huge = await post('/fr/entreprises/demande', valid({ enterpriseName: 'Huge', message: 'x'.repeat(40_000) }))
  assert.equal(huge.statusCode, 413)
  assert.match(huge.headers['content-type'] as string, /text\/html/)
  const payload = new URLSearchParams(valid({ enterpriseName: 'NoCsrf' })).toString()
  const res = await app.app.inject({ method: 'POST', url: '/fr/entreprises/demande', headers: formHeaders, payload })
  assert.equal(res.statusCode, 403)
  assert.equal((await requestsNamed('Huge')).length + (await requestsNamed('NoCsrf')).length, 0)
})

test(`429 after ${REQUESTS_PER_WINDOW} accepted submissions from one address; refused ones and the person's form do not count`, async () => {
  const from = nextAddress()
  const data = valid({ enterpriseName: 'Flood' })
  for (let i = 0; i < REQUESTS_PER_WINDOW; i++) {
    assert.equal((await post('/fr/entreprises/demande', { ...data, neq: '1' }, from)).statusCode, 400)
  }
  for (let i = 0; i < REQUESTS_PER_WINDOW - 1; i++) {
    assert.equal((await post('/fr/entreprises/demande', data, from)).statusCode, 303)
  }
  const caught = await post('/fr/entreprises/demande', { ...data, website: 'http://spam' }, from)
  assert.equal(caught.statusCode, 303, 'a caught submission counts like an accepted one')
  const res = await post('/fr/entreprises/demande', data, from)
  assert.equal(res.statusCode, 429)
  assert.match(res.body, /Trop de demandes ont été envoyées depuis votre connexion/)
  assert.equal((await requestsNamed('Flood')).length, REQUESTS_PER_WINDOW - 1)
  assert.equal((await post('/fr/entreprises/demande', data)).statusCode, 303, 'another address is not limited')
  const person = await app.injectAs(null, { method: 'GET', url: '/fr/demande-accompagnement', remoteAddress: from })
  assert.equal(person.statusCode, 200)
  const [limit] = await queryRows<{ n: number }>(
    app.system.db,
    sql`select count(*)::int as n from people.request_throttles where attempts >= ${REQUESTS_PER_WINDOW}`,
  )
  assert.equal(limit?.n, 1, 'one count reached its limit: the employer form’s, kept apart from the person’s')
})

test('links each region page to the employer form with its region', async () => {
  const fr = await app.injectAs(null, { method: 'GET', url: '/fr/regions/gaspesie-iles-de-la-madeleine' })
  assert.match(fr.body, /href="\/fr\/entreprises\/demande\?region=11"/)
  const en = await app.injectAs(null, { method: 'GET', url: '/en/regions/gaspesie-iles-de-la-madeleine' })
  assert.match(en.body, /href="\/en\/employers\/request\?region=11">Employers: ask for help recruiting/)
})
