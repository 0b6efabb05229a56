// Security basics across the application (issue 10), through HTTP route by route: CSRF on every state-changing route,
// headers on every GET route, cookie flags, session revocation, sign-in throttling, no open redirect (units: next to the code).
import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { csrfToken, type TestUser } from '../test/build-test-app.js'
import { backendName, reliabilitySize, writeReliabilitySection } from './report.js'
import { buildCatalogue } from './routes.js'
import {
  assertSecurityHeaders,
  browserCsrf,
  fillPattern,
  hostileNext,
  offSite,
  refusalMessage,
  securityCounts,
  tableCounts,
} from './security/helpers.js'
import { alertOf, expireHold, heldBackSeconds, medianMs, postSignIn, sessionOf } from './security/sign-in.js'

const { app: t, routes } = await buildCatalogue()
const admin = await t.userOf('admin', 'all')
const counts = securityCounts()
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const form = { 'content-type': 'application/x-www-form-urlencoded' }

after(() => {
  const lines = [
    `Backend: ${backendName()}, size ${reliabilitySize()}.`,
    '',
    `- State-changing page routes (forms) refused without or with a forged CSRF token: ${counts.forms} (${counts.formRequests} requests, every one 403 with a message, no table changed)`,
    `- Session-cookie API writes refused without a CSRF token, accepted past CSRF with a bearer token: ${counts.apiWrites} routes (${counts.apiRequests} requests)`,
    `- Routes whose answers' security headers were checked: ${counts.headerRoutes} (${counts.headerChecks} header checks)`,
    `- Cookie flag checks (session and CSRF cookies, http and https): ${counts.cookieChecks}`,
    `- Session revocation checks (sign-out, password change): ${counts.revocations}`,
    `- Sign-in attempts through the form (enumeration, growing delays per account and per address): ${counts.signIns}`,
    `- Hostile return addresses refused (\`next\` of the sign-in page, signed in and at sign-in): ${counts.redirects}`,
  ]
  writeReliabilitySection('security', lines)
  console.log(`security (${backendName()}):\n${lines.join('\n')}`)
})

describe('CSRF on every state-changing route', () => {
  test('every form refuses a missing, forged or foreign token: 403 with a message, and changes nothing', async () => {
    const pages = routes.filter((r) => r.kind === 'page' && unsafe.has(r.method))
    assert.ok(pages.length > 100, `only ${pages.length} forms in the catalogue`)
    const before = await tableCounts(t.database.db)
    const real = await browserCsrf(t.app)
    const variants: { cookies: Record<string, string>; token?: string }[] = [
      { cookies: {}, token: undefined },
      { cookies: { escale_csrf: real.cookie }, token: 'forged-token' },
      { cookies: { escale_csrf: real.cookie }, token: csrfToken },
    ]
    for (const route of pages) {
      const url = fillPattern(route.url)
      for (const v of variants) {
        const payload = new URLSearchParams({ x: '1', ...(v.token ? { _csrf: v.token } : {}) }).toString()
        const cookies = { ...v.cookies, escale_session: admin.cookie }
        const res = await t.app.inject({ method: route.method as 'POST', url, cookies, headers: form, payload })
        assert.equal(res.statusCode, 403, `${route.method} ${route.url}: ${res.statusCode}`)
        assert.ok(refusalMessage(res).length > 10, `${route.method} ${route.url}: no message`)
        counts.formRequests++
      }
      counts.forms++
    }
    assert.deepEqual(await tableCounts(t.database.db), before)
  })

  test('API writes: a session cookie needs the token (403), a bearer token does not', async () => {
    const writes = routes.filter((r) => r.kind === 'api' && unsafe.has(r.method))
    assert.ok(writes.length > 50, `only ${writes.length} API writes in the catalogue`)
    const before = await tableCounts(t.database.db)
    for (const route of writes) {
      const url = fillPattern(route.url)
      const method = route.method as 'POST'
      const cookies = { escale_session: admin.cookie }
      const refused = await t.app.inject({ method, url, cookies, payload: {} })
      assert.equal(refused.statusCode, 403, `${route.method} ${route.url} by session: ${refused.statusCode}`)
      assert.equal(refused.json().error.code, 'CSRF_TOKEN_INVALID', `${route.method} ${route.url}`)
      assert.ok(refusalMessage(refused).length > 10)
      const headers = { authorization: `Bearer ${admin.token}` }
      const bearer = await t.app.inject({ method, url, headers, payload: {} })
      assert.notEqual(bearer.json().error?.code, 'CSRF_TOKEN_INVALID', `${route.method} ${route.url} by bearer`)
      counts.apiWrites++
      counts.apiRequests += 2
    }
    assert.deepEqual(await tableCounts(t.database.db), before, 'a refused session write changed a table')
  })
})

describe('security headers', () => {
  test('every GET route answers with the security headers, signed out; pages, API, assets and errors signed in', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const res = await t.app.inject({ method: 'GET', url: fillPattern(route.url) })
      counts.headerChecks += assertSecurityHeaders(res, `GET ${route.url} (${res.statusCode})`)
      counts.headerRoutes++
    }
    const bearer = { authorization: `Bearer ${admin.token}` }
    const signedIn = [
      await t.injectAs(admin, { method: 'GET', url: '/app' }),
      await t.injectAs(admin, { method: 'GET', url: '/app/personnes' }),
      await t.injectAs(admin, { method: 'GET', url: `/app/personnes/${crypto.randomUUID()}` }),
      await t.app.inject({ method: 'GET', url: '/api/v1/persons', headers: bearer }),
      await t.app.inject({ method: 'GET', url: '/assets/favicon.svg' }),
      await t.app.inject({ method: 'GET', url: '/nowhere/%E0%A4%A' }),
    ]
    assert.deepEqual(
      signedIn.map((r) => r.statusCode),
      [200, 200, 404, 200, 200, 400],
    )
    for (const res of signedIn) counts.headerChecks += assertSecurityHeaders(res, `signed in ${res.statusCode}`)
  })
})

describe('session cookie and revocation', () => {
  test('the session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure behind https', async () => {
    for (const proto of ['http', 'https']) {
      const res = await postSignIn(t, admin.email, admin.password, '192.0.2.10', '/app/connexion')
      const https = proto === 'https'
      const again = https
        ? await t.injectAs(null, {
            method: 'POST',
            url: '/app/connexion',
            remoteAddress: '127.0.0.1',
            headers: { ...form, 'x-forwarded-proto': 'https' },
            payload: new URLSearchParams({ email: admin.email, password: admin.password, _csrf: csrfToken }).toString(),
          })
        : res
      for (const name of ['escale_session', 'escale_csrf']) {
        const cookie = again.cookies.find((c) => c.name === name)
        assert.ok(cookie, `${name} set (${proto})`)
        assert.equal(cookie.httpOnly, true, `${name} HttpOnly`)
        assert.equal(cookie.sameSite, 'Lax', `${name} SameSite`)
        assert.equal(cookie.path, '/', `${name} Path`)
        assert.equal(Boolean(cookie.secure), https, `${name} Secure over ${proto}`)
        counts.cookieChecks += 4
      }
      counts.signIns++
    }
  })

  /** Signs in through the form from a fresh address: a browser's session cookie. */
  async function browserSession(user: TestUser): Promise<string> {
    const res = await postSignIn(t, user.email, user.password, `198.51.100.${(counts.signIns % 200) + 20}`)
    counts.signIns++
    assert.equal(res.statusCode, 303)
    return sessionOf(res)!.value
  }
  const works = async (cookie: string) => {
    const res = await t.injectAs(null, { method: 'GET', url: '/app/compte', cookies: { escale_session: cookie } })
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/regions', cookies: { escale_session: cookie } })
    counts.revocations++
    assert.equal(res.statusCode === 200, api.statusCode === 200, 'page and API agree on the session')
    return res.statusCode === 200
  }

  test('sign-out ends that session only; its cookie no longer opens a page or the API', async () => {
    const user = await t.userOf('agent', 'region', '11')
    const [one, two] = [await browserSession(user), await browserSession(user)]
    assert.ok((await works(one)) && (await works(two)))
    const out = await t.injectAs(null, { method: 'POST', url: '/app/deconnexion', cookies: { escale_session: one } })
    assert.equal(out.statusCode, 303)
    assert.equal(await works(one), false, 'the signed-out cookie still works')
    assert.equal(await works(two), true, 'sign-out ended the other browser too')
    const page = await t.injectAs(null, { method: 'GET', url: '/app/personnes', cookies: { escale_session: one } })
    assert.equal(page.statusCode, 303)
    assert.match(String(page.headers.location), /^\/app\/connexion/)
  })

  test('a password change keeps the browser that made it and ends every other session of the account', async () => {
    const user = await t.userOf('agent', 'region', '11')
    const [here, elsewhere, third] = [
      await browserSession(user),
      await browserSession(user),
      await browserSession(user),
    ]
    const newPassword = 'un tout nouveau mot de passe'
    const payload = new URLSearchParams({
      currentPassword: user.password,
      newPassword,
      confirmation: newPassword,
      _csrf: csrfToken,
    })
    const res = await t.injectAs(null, {
      method: 'POST',
      url: '/app/compte/mot-de-passe',
      cookies: { escale_session: here },
      headers: form,
      payload: payload.toString(),
    })
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    assert.equal(await works(here), true)
    assert.equal(await works(elsewhere), false, 'another session survived the password change')
    assert.equal(await works(third), false, 'another session survived the password change')
    assert.equal((await postSignIn(t, user.email, user.password, '198.51.100.250')).statusCode, 401)
    assert.equal((await postSignIn(t, user.email, newPassword, '198.51.100.251')).statusCode, 303)
    counts.signIns += 2
  })
})

describe('sign-in brute force', () => {
  test('an unknown email and a wrong password get the same answer, in comparable time', async () => {
    const user = await t.userOf('agent', 'all')
    const unknown = await postSignIn(t, `personne-${Date.now()}@nowhere.example`, 'n importe quoi', '203.0.113.1')
    const wrong = await postSignIn(t, user.email, 'pas le bon mot de passe', '203.0.113.2')
    assert.deepEqual([unknown.statusCode, wrong.statusCode], [401, 401])
    assert.ok(alertOf(unknown))
    assert.equal(alertOf(unknown), alertOf(wrong))
    const strip = (body: string) => body.replace(/value="[^"]*"/g, '')
    assert.equal(strip(unknown.body), strip(wrong.body), 'the two pages differ beyond the fields typed')
    const a = await medianMs(5, (i) =>
      postSignIn(t, `inconnu${i}-${Date.now()}@nowhere.example`, 'x', `203.0.113.${10 + i}`),
    )
    const b = await medianMs(5, (i) => postSignIn(t, user.email, `faux ${i}`, `203.0.113.${20 + i}`))
    const ratio = Math.max(a, b) / Math.min(a, b)
    assert.ok(ratio < 3, `unknown ${a.toFixed(1)} ms vs wrong password ${b.toFixed(1)} ms`)
    counts.signIns += 12
  })

  test('delays grow with the failures of an account (1, 2, 4 min), and hold back even the right password', async () => {
    for (const exists of [true, false]) {
      const user = exists ? await t.userOf('agent', 'all') : undefined
      const email = user?.email ?? `fantome-${Date.now()}@nowhere.example`
      for (let i = 0; i < 5; i++) await postSignIn(t, email, `faux ${i}`, `203.0.113.${40 + i}`)
      const delays = [await heldBackSeconds(t.database.db, 'account', email)]
      const held = await postSignIn(t, email, user?.password ?? 'x', '203.0.113.50')
      assert.equal(held.statusCode, 401, 'the right password passed a held-back account')
      assert.equal(alertOf(held), alertOf(await postSignIn(t, 'x@nowhere.example', 'y', '203.0.113.51')))
      for (let i = 0; i < 2; i++) {
        await expireHold(t.database.db, 'account', email)
        await postSignIn(t, email, 'encore faux', `203.0.113.${52 + i}`)
        delays.push(await heldBackSeconds(t.database.db, 'account', email))
      }
      assert.deepEqual(delays, [60, 120, 240], `${exists ? 'existing' : 'unknown'} account: ${delays}`)
      counts.signIns += 10
      if (user) {
        await expireHold(t.database.db, 'account', email)
        assert.equal((await postSignIn(t, email, user.password, '203.0.113.60')).statusCode, 303)
      }
    }
  })

  test('an address is held back after twenty failures across accounts, with growing delays; another is not', async () => {
    const user = await t.userOf('agent', 'all')
    const address = '203.0.113.99'
    for (let i = 0; i < 20; i++) await postSignIn(t, `balayage${i}-${Date.now()}@nowhere.example`, 'x', address)
    const first = await heldBackSeconds(t.database.db, 'address', address)
    assert.equal((await postSignIn(t, user.email, user.password, address)).statusCode, 401)
    assert.equal((await postSignIn(t, user.email, user.password, '203.0.113.98')).statusCode, 303)
    await expireHold(t.database.db, 'address', address)
    await postSignIn(t, 'encore@nowhere.example', 'x', address)
    assert.deepEqual([first, await heldBackSeconds(t.database.db, 'address', address)], [60, 120])
    counts.signIns += 24
  })
})

describe('no open redirect', () => {
  test('`next` of the sign-in page never leads off the site, signed in or at sign-in', async () => {
    const user = await t.userOf('agent', 'all')
    for (const [i, next] of hostileNext.entries()) {
      const url = `/app/connexion?next=${encodeURIComponent(next)}`
      const signedIn = await t.injectAs(user, { method: 'GET', url })
      assert.equal(signedIn.statusCode, 303)
      assert.equal(offSite(String(signedIn.headers.location)), false, `${next} → ${signedIn.headers.location}`)
      const page = await t.injectAs(null, { method: 'GET', url })
      assert.match(page.body, /<form method="post" action="\/app\/connexion\?next=[^"]*"/, `${next}: the form's action`)
      const signIn = await postSignIn(t, user.email, user.password, `198.18.0.${i + 1}`, url)
      assert.equal(signIn.statusCode, 303)
      assert.equal(offSite(String(signIn.headers.location)), false, `${next} → ${signIn.headers.location}`)
      counts.redirects += 3
      counts.signIns++
    }
    const fine = await t.injectAs(user, { method: 'GET', url: '/app/connexion?next=%2Fapp%2Fpersonnes%3Fq%3Dx' })
    assert.equal(fine.headers.location, '/app/personnes?q=x', 'a return address on the site is kept')
  })

  test("a form's language link never points off the site, whatever the Referer says", async () => {
    for (const referer of ['http://localhost//evil.example/x', 'https://evil.example/app', 'javascript:alert(1)']) {
      const res = await t.injectAs(admin, {
        method: 'POST',
        url: '/app/personnes/nouvelle',
        headers: { ...form, referer, host: 'localhost' },
        payload: new URLSearchParams({ _csrf: csrfToken }).toString(),
      })
      assert.equal(res.statusCode, 400)
      const links = [...res.body.matchAll(/href="([^"]*lang=en[^"]*)"/g)].map((m) => m[1]!)
      assert.ok(links.length > 0, 'no language link')
      for (const href of links) assert.match(href, /^\/(?![/\\])/, `${referer} → ${href}`)
      counts.redirects++
    }
  })
})
