import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import { z } from 'zod'
import { requireActor } from '../src/modules/access/index.js'
import { createOrganization } from '../src/modules/partners/index.js'
import { buildTestApp, csrfToken } from './build-test-app.js'

const app = await buildTestApp()
// A form handler that needs a signed-in user, as every staff form does.
const typed = z.object({ fullName: z.string(), email: z.string(), tags: z.array(z.string()) })
app.app.post('/app/essai-formulaire', async (request) => {
  const actor = requireActor(request)
  return { by: actor.kind === 'user' ? actor.email : '', ...typed.parse(request.body) }
})
const form = { 'content-type': 'application/x-www-form-urlencoded' }

function hrefOf(body: string, pattern: RegExp): string | undefined {
  return body.match(pattern)?.[1]
}

function setCookie(res: LightMyRequestResponse, name: string): string | undefined {
  const h = res.headers['set-cookie']
  const all = h === undefined ? [] : Array.isArray(h) ? h : [h]
  const raw = all
    .find((s) => s.startsWith(`${name}=`))
    ?.slice(name.length + 1)
    .split(';')[0]
  // Set-Cookie values are URL-encoded; inject() encodes the cookies it is given.
  return raw === undefined ? undefined : decodeURIComponent(raw)
}

test("a partner's 403 on /app has the app header, sign-out and a way home to /partenaires (no loop)", async () => {
  const org = await createOrganization(app.system, { name: 'Accueil Percé', kind: 'community', regionCode: '11' })
  const partner = await app.userOf('partner', 'organization', org.id)
  const res = await app.injectAs(partner, { method: 'GET', url: '/app' })
  assert.equal(res.statusCode, 403)
  assert.match(res.body, /action="\/app\/deconnexion"/, 'sign-out')
  assert.match(res.body, /<span class="qc-sr-only">Connecté en tant que <\/span>Test partner/, 'the signed-in user')
  assert.equal(
    hrefOf(res.body, /<div class="logo"><a href="([^"]+)"/),
    '/partenaires',
    'the signature leads to the portal',
  )
  assert.equal(hrefOf(res.body, /<a href="([^"]+)">Retour à l'accueil/), '/partenaires')
  assert.equal(res.headers['cache-control'], 'no-store')
})

test("a staff member's 403 on /partenaires shows the staff navigation and leads home to /app", async () => {
  const agent = await app.userOf('agent', 'region', '11')
  const res = await app.injectAs(agent, { method: 'GET', url: '/partenaires?lang=en' })
  assert.equal(res.statusCode, 403)
  assert.match(res.body, /<nav aria-label="Main navigation"/)
  assert.equal(hrefOf(res.body, /<a href="([^"]+)">Back to home/), '/app')
  assert.equal(hrefOf(res.body, /<div class="logo"><a href="([^"]+)"/), '/app')
})

test('the language switch of a 404 page leads to the same address in the other language', async () => {
  const cases: [string, string][] = [
    ['/fr/page-absente', '/en/page-absente'],
    ['/en/missing-page', '/fr/missing-page'],
    ['/fr/regions/atlantide', '/en/regions/atlantide'],
    ['/app/absente', '/app/absente?lang=en'],
  ]
  for (const [url, other] of cases) {
    const res = await app.injectAs(null, { method: 'GET', url })
    assert.equal(res.statusCode, 404, url)
    assert.equal(
      hrefOf(res.body, /<a href="([^"]+)" lang="(?:en|fr)" hreflang="(?:en|fr)">/)?.replace(/&amp;/g, '&'),
      other,
      url,
    )
  }
  const en = await app.injectAs(null, { method: 'GET', url: '/en/missing-page' })
  assert.match(en.body, /Page not found/)
})

test("a signed-in user's 404 keeps the app shell", async () => {
  const agent = await app.userOf('agent', 'region', '11')
  const res = await app.injectAs(agent, { method: 'GET', url: '/app/absente' })
  assert.equal(res.statusCode, 404)
  assert.match(res.body, /action="\/app\/deconnexion"/)
  assert.equal(hrefOf(res.body, /<a href="([^"]+)">Retour à l'accueil/), '/app')
})

test('a submit after the session expired says so once, keeps what was typed (not passwords) and resubmits after sign-in', async () => {
  const user = await app.userOf('agent', 'region', '11')
  const typed = new URLSearchParams([
    ['fullName', 'Ginette Côté'],
    ['email', 'ginette@example.org'],
    ['tags', 'a'],
    ['tags', 'b'],
    ['password', 'ne-pas-garder'],
    ['_csrf', csrfToken],
  ])
  const expired = await app.injectAs(null, {
    method: 'POST',
    url: '/app/essai-formulaire',
    headers: form,
    cookies: { escale_session: 'session-expiree-0123456789' },
    payload: typed.toString(),
  })
  assert.equal(expired.statusCode, 401)
  assert.match(expired.headers['content-type'] as string, /text\/html/)
  assert.ok((expired.body.match(/Veuillez vous connecter|Connectez-vous/g) ?? []).length <= 1, 'one message')
  assert.match(expired.body, /action="\/app\/connexion\/reprise"/)
  assert.match(expired.body, /value="Ginette Côté"/)
  assert.doesNotMatch(expired.body, /ne-pas-garder/)
  assert.match(expired.body, /name="email" type="email"/, 'a sign-in field')

  // The sign-in form of that page carries the typed fields back.
  const carried = [...expired.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(
    (m) => [m[1]!, m[2]!] as [string, string],
  )
  const wrong = new URLSearchParams([
    ...carried.filter(([k]) => k !== '_csrf'),
    ['_csrf', csrfToken],
    ['email', user.email],
    ['password', 'mauvais'],
  ])
  const refused = await app.injectAs(null, {
    method: 'POST',
    url: '/app/connexion/reprise',
    headers: form,
    payload: wrong.toString(),
  })
  assert.equal(refused.statusCode, 401)
  assert.match(refused.body, /value="Ginette Côté"/, 'still kept after a wrong password')

  const good = new URLSearchParams([
    ...carried.filter(([k]) => k !== '_csrf'),
    ['_csrf', csrfToken],
    ['email', user.email],
    ['password', user.password],
  ])
  const resumed = await app.injectAs(null, {
    method: 'POST',
    url: '/app/connexion/reprise',
    headers: form,
    payload: good.toString(),
  })
  assert.equal(resumed.statusCode, 200)
  assert.match(resumed.body, /<form method="post" action="\/app\/essai-formulaire"/)
  const session = setCookie(resumed, 'escale_session')
  const csrfCookie = setCookie(resumed, 'escale_csrf')
  assert.ok(session && csrfCookie)
  const resubmit = [...resumed.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(
    (m) => [m[1]!, m[2]!.replace(/&#64;/g, '@')] as [string, string],
  )
  assert.deepEqual(
    resubmit.filter(([k]) => k !== '_csrf'),
    [
      ['fullName', 'Ginette Côté'],
      ['email', 'ginette@example.org'],
      ['tags', 'a'],
      ['tags', 'b'],
    ],
  )
  const done = await app.app.inject({
    method: 'POST',
    url: '/app/essai-formulaire',
    headers: form,
    cookies: { escale_session: session, escale_csrf: csrfCookie },
    payload: new URLSearchParams(resubmit).toString(),
  })
  assert.equal(done.statusCode, 200, done.body.slice(0, 300))
  assert.deepEqual(done.json(), {
    by: user.email,
    fullName: 'Ginette Côté',
    email: 'ginette@example.org',
    tags: ['a', 'b'],
  })
})

test('the resubmit page only targets local staff or portal addresses', async () => {
  const user = await app.userOf('agent', 'region', '11')
  const payload = new URLSearchParams([
    ['_return', 'https://evil.example/x'],
    ['_csrf', csrfToken],
    ['email', user.email],
    ['password', user.password],
  ])
  const res = await app.injectAs(null, {
    method: 'POST',
    url: '/app/connexion/reprise',
    headers: form,
    payload: payload.toString(),
  })
  assert.doesNotMatch(res.body, /evil\.example/)
})

test('a live filter after the session ended sends the whole page to sign-in, not a sign-in page into the results', async () => {
  const res = await app.injectAs(null, {
    method: 'GET',
    url: '/app/admin/points-de-service?q=gasp',
    headers: { 'hx-request': 'true' },
  })
  assert.equal(res.statusCode, 204)
  assert.equal(res.headers['hx-redirect'], '/app/connexion?next=%2Fapp%2Fadmin%2Fpoints-de-service%3Fq%3Dgasp')
  assert.equal(res.body, '')
})

test('the language link of a form shown again after a post leads to the page the form came from, not a 404', async () => {
  const agent = await app.userOf('agent', 'region', '11')
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: '/app/compte/mot-de-passe',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      referer: 'http://localhost:80/app/compte',
      host: 'localhost:80',
    },
    payload: `_csrf=${csrfToken}&currentPassword=mauvais&newPassword=x&confirmation=y`,
  })
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /<a href="\/app\/compte\?lang=en" lang="en" hreflang="en">English<\/a>/)
})
