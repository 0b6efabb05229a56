import assert from 'node:assert/strict'
import { gunzipSync } from 'node:zlib'
import { test } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import { sdgBase } from '../src/platform/http/assets.js'
import { buildTestApp } from './build-test-app.js'

const app = await buildTestApp()
const form = { 'content-type': 'application/x-www-form-urlencoded' }

function setCookies(res: LightMyRequestResponse): string[] {
  const h = res.headers['set-cookie']
  return h === undefined ? [] : Array.isArray(h) ? h : [h]
}

function cookieValue(res: LightMyRequestResponse, name: string): string | undefined {
  const c = setCookies(res).find((s) => s.startsWith(`${name}=`))
  const raw = c?.slice(name.length + 1).split(';')[0]
  // Set-Cookie values are URL-encoded; inject() encodes the cookies it is given.
  return raw === undefined ? undefined : decodeURIComponent(raw)
}

function formToken(body: string): string {
  const m = body.match(/name="_csrf" value="([^"]+)"/)
  assert.ok(m, 'the page has a CSRF field')
  return m[1]!
}

function assetUrls(body: string): string[] {
  return [...body.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
}

test('static assets, the favicon, /health and public pages without a form set no cookie', async () => {
  const page = await app.app.inject({ method: 'GET', url: '/fr' })
  assert.equal(page.statusCode, 200)
  const urls = assetUrls(page.body)
  assert.ok(
    urls.some((u) => u.startsWith('/assets/css/escale.css')),
    'the stylesheet',
  )
  assert.ok(
    urls.some((u) => u.startsWith('/assets/js/htmx.min.js')),
    'htmx',
  )
  assert.ok(
    urls.some((u) => u.startsWith(`${sdgBase}/css/qc-sdg.min.css`)),
    "the design system kit's stylesheet, from the installed package",
  )
  for (const url of ['/fr', '/health', '/favicon.ico', ...urls, `${sdgBase}/fonts/open-sans-v43-latin-regular.woff2`]) {
    const res = await app.app.inject({ method: 'GET', url })
    assert.equal(res.statusCode, 200, url)
    assert.deepEqual(setCookies(res), [], `${url} sets no cookie`)
  }
})

test('serves a favicon at /favicon.ico, cached', async () => {
  const res = await app.app.inject({ method: 'GET', url: '/favicon.ico' })
  assert.equal(res.statusCode, 200)
  assert.match(res.headers['content-type'] as string, /image\/(x-icon|vnd\.microsoft\.icon)/)
  assert.deepEqual([...res.rawPayload.subarray(0, 4)], [0, 0, 1, 0], 'an ICO file')
  assert.match(res.headers['cache-control'] as string, /max-age=\d{5,}/)
})

test("versioned stylesheets and scripts, and the kit's versioned folder, are cached for a year; others sooner", async () => {
  const page = await app.app.inject({ method: 'GET', url: '/fr' })
  const versioned = assetUrls(page.body).filter((u) => /\.(css|js)\?v=[0-9a-f]{10}$/.test(u))
  assert.equal(
    versioned.length,
    5,
    "the kit's stylesheet and script, our glue, htmx and our script carry their content hash",
  )
  // The kit's stylesheet names its fonts and images by relative address: the folder itself carries the kit's version.
  const kitFiles = [`${sdgBase}/fonts/roboto-v48-latin-700.woff2`, `${sdgBase}/img/QUEBEC_blanc.svg`]
  for (const url of [...versioned, ...kitFiles]) {
    const res = await app.app.inject({ method: 'GET', url })
    assert.equal(res.statusCode, 200, url)
    assert.match(res.headers['cache-control'] as string, /max-age=31536000.*immutable/, url)
  }
  const plain = await app.app.inject({ method: 'GET', url: '/assets/css/escale.css' })
  assert.doesNotMatch(plain.headers['cache-control'] as string, /immutable/)
})

test("serves only the kit's dist folders: not its package files, not a path out of it", async () => {
  for (const url of [
    `${sdgBase}/../package.json`,
    `${sdgBase}/package.json`,
    `${sdgBase}/%2e%2e/package.json`,
    `${sdgBase}/css/../../README.md`,
    `${sdgBase}/js/qc-sdg.js`,
    '/assets/sdg/0.0.0/css/qc-sdg.min.css',
  ]) {
    const res = await app.app.inject({ method: 'GET', url })
    assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url}: ${res.statusCode}`)
  }
})

test('compresses pages, the stylesheet and htmx, but not fonts (already compressed)', async () => {
  const headers = { 'accept-encoding': 'gzip' }
  const page = await app.app.inject({ method: 'GET', url: '/fr', headers })
  assert.equal(page.headers['content-encoding'], 'gzip')
  assert.match(gunzipSync(page.rawPayload).toString(), /<html lang="fr-CA"/)
  for (const url of assetUrls((await app.app.inject({ method: 'GET', url: '/fr' })).body).filter((u) =>
    /\.(css|js)/.test(u),
  )) {
    const res = await app.app.inject({ method: 'GET', url, headers })
    assert.equal(res.headers['content-encoding'], 'gzip', url)
  }
  const font = await app.app.inject({
    method: 'GET',
    url: `${sdgBase}/fonts/open-sans-v43-latin-regular.woff2`,
    headers,
  })
  assert.equal(font.statusCode, 200)
  assert.equal(font.headers['content-encoding'], undefined)
})

test('sends Cache-Control: no-store on /app, /partenaires, /api and every page of a signed-in user', async () => {
  const agent = await app.userOf('agent', 'region', '11')
  for (const url of ['/app/connexion', '/partenaires', '/api/v1/regions', '/app']) {
    const res = await app.injectAs(null, { method: 'GET', url })
    assert.equal(res.headers['cache-control'], 'no-store', url)
  }
  for (const url of ['/app', '/fr', '/fr/regions/laval', '/fr/page-absente', '/api/v1/regions']) {
    const res = await app.injectAs(agent, { method: 'GET', url })
    assert.equal(res.headers['cache-control'], 'no-store', url)
  }
  const anonymous = await app.injectAs(null, { method: 'GET', url: '/fr' })
  assert.notEqual(anonymous.headers['cache-control'], 'no-store')
})

test('a form gets a CSRF cookie and token that the plugin accepts; a forged or missing token is refused in the user language', async () => {
  const page = await app.app.inject({ method: 'GET', url: '/app/connexion' })
  const cookie = cookieValue(page, 'escale_csrf')
  assert.ok(cookie, 'the sign-in page sets the CSRF cookie')
  assert.match(setCookies(page).join('\n'), /escale_csrf=[^;]+;.*HttpOnly/i)
  const token = formToken(page.body)
  const post = (payload: string, cookies: Record<string, string>) =>
    app.app.inject({ method: 'POST', url: '/app/connexion', headers: form, cookies, payload })
  const accepted = await post(`email=nobody%40test.example&password=x&_csrf=${encodeURIComponent(token)}`, {
    escale_csrf: cookie,
  })
  assert.equal(accepted.statusCode, 401, 'wrong credentials, not a CSRF refusal')
  const forged = await post(`email=a%40b.c&password=x&_csrf=${encodeURIComponent(`${token}x`)}`, {
    escale_csrf: cookie,
  })
  assert.equal(forged.statusCode, 403)
  assert.match(forged.body, /Le formulaire a expiré/)
  const noCookie = await post(`email=a%40b.c&password=x&_csrf=${encodeURIComponent(token)}`, { escale_lang: 'en' })
  assert.equal(noCookie.statusCode, 403)
  assert.match(noCookie.body, /The form has expired/)
  const tossed = await post(`email=a%40b.c&password=x&_csrf=${encodeURIComponent(token)}`, {
    escale_csrf: 'attacker-chosen-secret',
  })
  assert.equal(tossed.statusCode, 403, 'an unsigned (tossed) secret cookie is refused')
})

test('signing in renews the CSRF secret: a token of the anonymous page no longer works after sign-in', async () => {
  const user = await app.userOf('agent', 'region', '11')
  const page = await app.app.inject({ method: 'GET', url: '/app/connexion' })
  const before = cookieValue(page, 'escale_csrf')!
  const oldToken = formToken(page.body)
  const payload = new URLSearchParams({ email: user.email, password: user.password, _csrf: oldToken }).toString()
  const signedIn = await app.app.inject({
    method: 'POST',
    url: '/app/connexion',
    headers: form,
    cookies: { escale_csrf: before },
    payload,
  })
  assert.equal(signedIn.statusCode, 303)
  const after = cookieValue(signedIn, 'escale_csrf')
  const session = cookieValue(signedIn, 'escale_session')
  assert.ok(after && after !== before, 'a new CSRF secret')
  assert.ok(session)
  const stale = await app.app.inject({
    method: 'POST',
    url: '/app/deconnexion',
    headers: form,
    cookies: { escale_csrf: after, escale_session: session },
    payload: `_csrf=${encodeURIComponent(oldToken)}`,
  })
  assert.equal(stale.statusCode, 403)
  const home = await app.app.inject({
    method: 'GET',
    url: '/app',
    cookies: { escale_csrf: after, escale_session: session },
  })
  const fresh = await app.app.inject({
    method: 'POST',
    url: '/app/deconnexion',
    headers: form,
    cookies: { escale_csrf: after, escale_session: session },
    payload: `_csrf=${encodeURIComponent(formToken(home.body))}`,
  })
  assert.equal(fresh.statusCode, 303)
})

test('an API call with a session cookie needs the x-csrf-token header; a bearer token does not', async () => {
  const admin = await app.userOf('admin', 'all')
  const body = { name: 'Point sans jeton', regionCode: '11' }
  const withoutHeader = await app.app.inject({
    method: 'POST',
    url: '/api/v1/service-points',
    cookies: { escale_session: admin.cookie },
    payload: body,
  })
  assert.equal(withoutHeader.statusCode, 403)
  assert.equal(withoutHeader.json().error.code, 'CSRF_TOKEN_INVALID')
  const bearer = await app.app.inject({
    method: 'POST',
    url: '/api/v1/service-points',
    headers: { authorization: `Bearer ${admin.token}` },
    payload: body,
  })
  assert.notEqual(bearer.statusCode, 403)
})
