import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { AppError } from '../../../platform/errors.js'
import { createOrganization } from './organization.service.js'

const app = await buildTestApp()
const org = await createOrganization(app.system, {
  name: 'Accueil Percé',
  kind: 'community',
  regionCode: '11',
  city: 'Percé',
})

test("a partner lands on its organization's portal page; staff pages stay closed to it", async () => {
  const partner = await app.userOf('partner', 'organization', org.id)
  const portal = await app.injectAs(partner, { method: 'GET', url: '/partenaires' })
  assert.equal(portal.statusCode, 200)
  assert.match(portal.body, /Accueil Percé/)
  assert.match(portal.body, /Gaspésie–Îles-de-la-Madeleine/)
  assert.equal((await app.injectAs(partner, { method: 'GET', url: '/app' })).statusCode, 403)
  assert.equal((await app.injectAs(partner, { method: 'GET', url: '/app/connexion' })).headers.location, '/partenaires')
  const agent = await app.userOf('agent', 'region', '11')
  assert.equal((await app.injectAs(agent, { method: 'GET', url: '/partenaires' })).statusCode, 403)
})

test('refuses a duplicate organization name in a region and an unknown region', async () => {
  await assert.rejects(
    createOrganization(app.system, { name: 'ACCUEIL PERCÉ', kind: 'community', regionCode: '11' }),
    (e: unknown) => e instanceof AppError && e.code === 'ORGANIZATION_NAME_TAKEN',
  )
  await assert.rejects(
    createOrganization(app.system, { name: 'Ailleurs', kind: 'community', regionCode: '42' }),
    (e: unknown) => e instanceof AppError && e.fields?.regionCode !== undefined,
  )
})

test("the portal's logo and home lead to the portal, in the user's language, with sign-out", async () => {
  const partner = await app.userOf('partner', 'organization', org.id)
  const res = await app.injectAs(partner, { method: 'GET', url: '/partenaires?lang=en' })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<div class="logo"><a href="\/partenaires">/, 'the government signature leads to the portal')
  assert.match(res.body, /<a class="page-title" href="\/partenaires">Escale<\/a>/, 'so does the service name')
  assert.match(res.body, /<h1>Partner organization portal<\/h1>/)
  assert.match(res.body, /Region: Gaspésie–Îles-de-la-Madeleine/)
  assert.match(res.body, /action="\/app\/deconnexion"/)
  assert.doesNotMatch(res.body, /href="\/app"/, 'no link into the staff app, which would answer 403')
})

test('the portal home leads to the referral inbox and says what the partner does there, no placeholder', async () => {
  const partner = await app.userOf('partner', 'organization', org.id)
  const fr = await app.injectAs(partner, { method: 'GET', url: '/partenaires' })
  assert.match(fr.body, /<a class="qc-button qc-primary" href="\/partenaires\/references">\s*Références reçues\s*<\/a>/)
  assert.match(fr.body, /acceptez-la ou refusez-la/)
  assert.doesNotMatch(fr.body, /apparaîtront sur cette page/)
  const en = await app.injectAs(partner, { method: 'GET', url: '/partenaires?lang=en' })
  assert.match(
    en.body,
    /<a class="qc-button qc-primary" href="\/partenaires\/references">\s*Referrals received\s*<\/a>/,
  )
  assert.match(en.body, /accept or decline it/)
})

test('the partner states its capacity from the portal: shown on its home, in French and English', async () => {
  const partner = await app.userOf('partner', 'organization', org.id)
  const home = await app.injectAs(partner, { method: 'GET', url: '/partenaires' })
  assert.match(home.body, /Capacité d’accueil/)
  assert.match(home.body, /Jamais indiquée/)
  assert.match(home.body, /href="\/partenaires\/capacite"/)
  const form = await app.injectAs(partner, { method: 'GET', url: '/partenaires/capacite?lang=en' })
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /Capacity — Accueil Percé/)
  assert.match(form.body, /name="status" value="waiting_list"/)
  const headers = { 'content-type': 'application/x-www-form-urlencoded' }
  const bad = await app.injectAs(partner, {
    method: 'POST',
    url: '/partenaires/capacite',
    headers,
    payload: new URLSearchParams({ _csrf: csrfToken, status: 'limited', waitingCount: 'beaucoup' }).toString(),
  })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /id="f-waitingCount-error">Un nombre entier de 0 ou plus\./)
  const res = await app.injectAs(partner, {
    method: 'POST',
    url: '/partenaires/capacite',
    headers,
    payload: new URLSearchParams({ _csrf: csrfToken, status: 'waiting_list', waitingCount: '4' }).toString(),
  })
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/partenaires?saved=capacite')
  const after = await app.follow(partner, res)
  assert.match(after.body, /La capacité est mise à jour/)
  assert.match(after.body, /<strong>Liste d’attente<\/strong> \(4 personnes en attente\), mise à jour le/)
  const en = await app.injectAs(partner, { method: 'GET', url: '/partenaires?lang=en' })
  assert.match(en.body, /<strong>Waiting list<\/strong> \(4 persons waiting\), updated on/)
  assert.match(en.body, /href="\/partenaires\/references"/, 'the referrals link stays')
})

test('staff have no portal capacity form', async () => {
  const director = await app.userOf('director', 'region', '11')
  assert.equal((await app.injectAs(director, { method: 'GET', url: '/partenaires/capacite' })).statusCode, 403)
})
