import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../test/build-test-app.js'
import { buildServicePoint, buildStaff } from '../../../test/factories/territory.js'

const app = await buildTestApp()
let admin: TestUser
let agent: TestUser

before(async () => {
  admin = await app.userOf('admin', 'all')
  agent = await app.userOf('agent', 'region', '11')
  const sp = await buildServicePoint(app.system, { name: 'Point de Gaspé', regionCode: '11' })
  await buildStaff(app.system, { fullName: 'Léa Synnott', regionCode: '11', servicePointId: sp.id })
  await buildStaff(app.system, { fullName: 'Autre Région', regionCode: '06' })
})

const form = (data: Record<string, string>) => new URLSearchParams(data).toString()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }

describe('sign-in pages', () => {
  test('redirects an anonymous visitor of /app to the sign-in page', async () => {
    const res = await app.injectAs(null, { method: 'GET', url: '/app' })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/app/connexion?next=%2Fapp')
  })

  test('signs in through the form and lands on the home page', async () => {
    const res = await app.injectAs(null, {
      method: 'POST',
      url: '/app/connexion?next=/app',
      headers: formHeaders,
      payload: form({ email: agent.email, password: agent.password, _csrf: csrfToken }),
    })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/app')
    const cookie = res.cookies.find((c) => c.name === 'escale_session')
    assert.ok(cookie?.httpOnly)
  })

  test('refuses a form without its CSRF token', async () => {
    // injectAs sends a valid token header by default: blank it to act as a forged cross-site form.
    const res = await app.injectAs(null, {
      method: 'POST',
      url: '/app/connexion',
      headers: { ...formHeaders, 'x-csrf-token': '' },
      payload: form({ email: agent.email, password: agent.password }),
    })
    assert.equal(res.statusCode, 403)
    assert.match(res.body, /Le formulaire a expiré/)
  })

  test('shows a clear message for wrong credentials, in French by default', async () => {
    const res = await app.injectAs(null, {
      method: 'POST',
      url: '/app/connexion',
      headers: formHeaders,
      payload: form({ email: agent.email, password: 'mauvais', _csrf: csrfToken }),
    })
    assert.equal(res.statusCode, 401)
    assert.match(res.body, /Adresse courriel ou mot de passe incorrect/)
  })

  test('shows per-field errors for empty fields', async () => {
    const res = await app.injectAs(null, {
      method: 'POST',
      url: '/app/connexion?lang=en',
      headers: formHeaders,
      payload: form({ email: '', password: '', _csrf: csrfToken }),
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /This field is required/)
    assert.match(res.body, /aria-invalid="true"/)
  })
})

describe('staff app', () => {
  test("shows the home page with the user's region team only", async () => {
    const res = await app.injectAs(agent, { method: 'GET', url: '/app' })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /Léa Synnott/)
    assert.match(res.body, /Point de Gaspé/)
    assert.doesNotMatch(res.body, /Autre Région/)
  })

  test('hides admin links from an agent and refuses the token screen', async () => {
    const home = await app.injectAs(agent, { method: 'GET', url: '/app' })
    assert.doesNotMatch(home.body, /\/app\/admin\/jetons/)
    const res = await app.injectAs(agent, { method: 'GET', url: '/app/admin/jetons' })
    assert.equal(res.statusCode, 403)
  })

  test('creates a service point through the form, and re-displays the form with errors', async () => {
    const bad = await app.injectAs(admin, {
      method: 'POST',
      url: '/app/admin/points-de-service/nouveau',
      headers: formHeaders,
      payload: form({
        _csrf: csrfToken,
        regionCode: '11',
        name: '',
        hostKind: 'services_quebec',
        hostName: 'Services Québec',
        streetAddress: '1, rue A',
        city: 'Percé',
        validFrom: '2024-01-01',
      }),
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /Ce champ est obligatoire/)
    assert.match(bad.body, /value="Percé"/)
    const ok = await app.injectAs(admin, {
      method: 'POST',
      url: '/app/admin/points-de-service/nouveau',
      headers: formHeaders,
      payload: form({
        _csrf: csrfToken,
        regionCode: '11',
        name: 'Percé',
        hostKind: 'services_quebec',
        hostName: 'Services Québec',
        streetAddress: '1, rue A',
        city: 'Percé',
        validFrom: '2024-01-01',
      }),
    })
    assert.equal(ok.statusCode, 303)
    const list = await app.injectAs(admin, { method: 'GET', url: '/app/admin/points-de-service?saved=1' })
    assert.match(list.body, /Point de services enregistré/)
    assert.match(list.body, /1, rue A/)
  })

  test('answers a friendly 404 page for an unknown staff member, in English when asked', async () => {
    const res = await app.injectAs(admin, {
      method: 'GET',
      url: '/app/admin/personnel/00000000-0000-4000-8000-000000000000?lang=en',
    })
    assert.equal(res.statusCode, 404)
    assert.match(res.body, /Page not found/)
  })

  test('creates an API token shown once', async () => {
    const created = await app.injectAs(admin, {
      method: 'POST',
      url: '/app/admin/jetons',
      headers: formHeaders,
      payload: form({ _csrf: csrfToken, email: agent.email, name: 'Intégration' }),
    })
    // Post/redirect/get: the secret crosses the redirect in a short-lived cookie (see access/tokens/token.pages.test.ts).
    assert.equal(created.statusCode, 303)
    const flash = created.cookies.find((c) => c.name === 'escale_new_token')?.value ?? ''
    const res = await app.injectAs(admin, {
      method: 'GET',
      url: String(created.headers.location),
      cookies: { escale_new_token: flash },
    })
    const token = /<code class="secret">(esc_[\w-]+)<\/code>/.exec(res.body)?.[1]
    assert.ok(token)
    const api = await app.app.inject({
      method: 'GET',
      url: '/api/v1/regions',
      headers: { authorization: `Bearer ${token}` },
    })
    assert.equal(api.statusCode, 200)
    const again = await app.injectAs(admin, { method: 'GET', url: '/app/admin/jetons' })
    assert.doesNotMatch(again.body, new RegExp(token!))
  })
})
