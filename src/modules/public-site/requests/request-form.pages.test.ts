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
const nextAddress = () => `10.0.0.${++address}`

async function consentTextId(): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    app.system.db,
    sql`select id from people.consent_texts where purpose = 'online_request' order by version desc limit 1`,
  )
  return row!.id
}

async function requestsNamed(familyName: string) {
  return queryRows<{ region_code: string; status: string; preferred_language: string; id: string }>(
    app.system.db,
    sql`select id, region_code, status, preferred_language from people.support_requests where family_name = ${familyName}`,
  )
}

async function valid(overrides: Record<string, string> = {}) {
  return {
    givenName: 'Mélanie',
    familyName: 'Tremblay',
    email: 'melanie@example.org',
    preferredLanguage: 'fr',
    regionCode: '11',
    message: 'Je cherche un logement et des cours de français.',
    consentTextId: await consentTextId(),
    consent: 'true',
    ...overrides,
  }
}

function post(url: string, data: Record<string, string>, remoteAddress = nextAddress()) {
  const payload = new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
  return app.injectAs(null, { method: 'POST', url, headers: formHeaders, payload, remoteAddress })
}

test('shows the form in French with the consent text, the region preselected from ?region=, a plain POST form', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/fr/demande-accompagnement?region=11' })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<form method="post" action="\/fr\/demande-accompagnement"/)
  assert.match(
    res.body,
    /J&#39;accepte que la direction régionale du MIFI|J'accepte que la direction régionale du MIFI/,
  )
  assert.match(res.body, /<option value="11" selected/)
  assert.match(res.body, /href="\/en\/request-support"/)
  assert.match(res.body, /<div hidden><label for="f-website">/)
})

test('stores an accepted request in the chosen region (status new), audits it, and answers 303 to the thank-you page', async () => {
  const res = await post(
    '/en/request-support',
    await valid({ familyName: 'Accepted', regionCode: '01', preferredLanguage: 'en' }),
  )
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/en/request-support/thank-you')
  const [row] = await requestsNamed('Accepted')
  assert.equal(row?.region_code, '01')
  assert.equal(row?.status, 'new')
  assert.equal(row?.preferred_language, 'en')
  const [audit] = await queryRows<{ actor_user_id: string | null; region_code: string }>(
    app.system.db,
    sql`select actor_user_id, region_code from access.audit_events where action = 'request.received' and entity_id = ${row!.id}`,
  )
  assert.deepEqual(audit, { actor_user_id: null, region_code: '01' })
  const thanks = await app.injectAs(null, { method: 'GET', url: '/en/request-support/thank-you' })
  assert.match(thanks.body, /within five working days/)
})

test('answers a filled honeypot with the same thank-you page and stores nothing', async () => {
  const res = await post(
    '/fr/demande-accompagnement',
    await valid({ familyName: 'Honeypot', website: 'http://spam.example' }),
  )
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/fr/demande-accompagnement/merci')
  assert.equal((await requestsNamed('Honeypot')).length, 0)
})

test('refuses a request without consent: 400, the form again with the message in French and in English', async () => {
  const data = await valid({ familyName: 'NoConsent' })
  const { consent: _, ...withoutConsent } = data
  const fr = await post('/fr/demande-accompagnement', withoutConsent)
  assert.equal(fr.statusCode, 400)
  assert.match(fr.body, /id="f-consent-error">Cochez la case pour consentir/)
  assert.match(fr.body, /value="NoConsent"/)
  const en = await post('/en/request-support', withoutConsent)
  assert.equal(en.statusCode, 400)
  assert.match(en.body, /Tick the box to consent/)
  assert.equal((await requestsNamed('NoConsent')).length, 0)
})

test('refuses bad fields with a message each: no way to reach the person, a bad region, an over-long message', async () => {
  const data = await valid({ familyName: 'BadFields', regionCode: '99', message: 'x'.repeat(2001) })
  const { email: _, ...noContact } = data
  const res = await post('/fr/demande-accompagnement', noContact)
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /id="f-email-error">Indiquez une adresse courriel ou un numéro de téléphone/)
  assert.match(res.body, /id="f-message-error">Au plus 2000 caractères/)
  const region = await post('/fr/demande-accompagnement', await valid({ familyName: 'BadFields', regionCode: '99' }))
  assert.equal(region.statusCode, 400)
  assert.match(region.body, /id="f-regionCode-error">Choisissez l’une des régions proposées/)
  assert.equal((await requestsNamed('BadFields')).length, 0)
})

test('answers an oversized body with 413 and a page, never 500', async () => {
  const res = await post('/fr/demande-accompagnement', await valid({ familyName: 'Huge', message: 'x'.repeat(40_000) }))
  assert.equal(res.statusCode, 413)
  assert.match(res.headers['content-type'] as string, /text\/html/)
  assert.equal((await requestsNamed('Huge')).length, 0)
})

test('refuses a form without its CSRF token', async () => {
  const payload = new URLSearchParams(await valid({ familyName: 'NoCsrf' })).toString()
  const res = await app.app.inject({ method: 'POST', url: '/fr/demande-accompagnement', headers: formHeaders, payload })
  assert.equal(res.statusCode, 403)
  assert.equal((await requestsNamed('NoCsrf')).length, 0)
})

test(`counts only accepted submissions: refused ones never lock out; 429 after ${REQUESTS_PER_WINDOW} accepted`, async () => {
  const from = nextAddress()
  const data = await valid({ familyName: 'Flood' })
  const { consent: _, ...refused } = data
  for (let i = 0; i < REQUESTS_PER_WINDOW; i++) {
    assert.equal((await post('/fr/demande-accompagnement', refused, from)).statusCode, 400)
  }
  for (let i = 0; i < REQUESTS_PER_WINDOW - 1; i++) {
    assert.equal((await post('/fr/demande-accompagnement', data, from)).statusCode, 303)
    const unknownRegion = { ...data, regionCode: '99' } // refused by the service, not by the contract
    assert.equal((await post('/fr/demande-accompagnement', unknownRegion, from)).statusCode, 400, 'not counted')
  }
  const caught = await post('/fr/demande-accompagnement', { ...data, website: 'http://spam.example' }, from)
  assert.equal(caught.statusCode, 303, 'a caught submission counts like an accepted one')
  const res = await post('/fr/demande-accompagnement', data, from)
  assert.equal(res.statusCode, 429)
  assert.match(res.body, /Trop de demandes ont été envoyées depuis votre connexion/)
  assert.equal((await post('/fr/demande-accompagnement', refused, from)).statusCode, 429)
  assert.equal((await requestsNamed('Flood')).length, REQUESTS_PER_WINDOW - 1)
  assert.equal((await post('/fr/demande-accompagnement', data)).statusCode, 303, 'another address is not limited')
})

test('refuses a date of birth in the future or before 1900, with a message in French and English', async () => {
  for (const birthDate of ['2090-05-05', '1899-12-31']) {
    const fr = await post('/fr/demande-accompagnement', await valid({ familyName: 'BadBirth', birthDate }))
    assert.equal(fr.statusCode, 400)
    assert.match(
      fr.body,
      /id="f-birthDate-error">Indiquez une date de naissance entre le 1er janvier 1900 et aujourd’hui/,
    )
    assert.match(fr.body, new RegExp(`value="${birthDate}"`))
    const en = await post('/en/request-support', await valid({ familyName: 'BadBirth', birthDate }))
    assert.equal(en.statusCode, 400)
    assert.match(en.body, /Enter a date of birth between 1 January 1900 and today/)
  }
  assert.equal((await requestsNamed('BadBirth')).length, 0)
  const ok = await post('/fr/demande-accompagnement', await valid({ familyName: 'GoodBirth', birthDate: '1990-05-05' }))
  assert.equal(ok.statusCode, 303)
})

test('links each region page to the form with its region', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/fr/regions/gaspesie-iles-de-la-madeleine' })
  assert.match(res.body, /href="\/fr\/demande-accompagnement\?region=11"/)
})

test('shows an error page (503), not a form nobody could consent to, when no consent text is in force', async () => {
  await app.system.db.execute(
    sql`update people.consent_texts set valid_from = '2199-01-01' where purpose = 'online_request'`,
  )
  try {
    const res = await app.injectAs(null, { method: 'GET', url: '/en/request-support' })
    assert.equal(res.statusCode, 503)
    assert.match(res.body, /The form is temporarily unavailable/)
    assert.doesNotMatch(res.body, /<form method="post" action="\/en\/request-support"/)
  } finally {
    await app.system.db.execute(
      sql`update people.consent_texts set valid_from = '2019-01-01' where purpose = 'online_request'`,
    )
  }
})
