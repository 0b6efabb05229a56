import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildStaff } from '../../../../test/factories/territory.js'
import { createStaffAccount } from './staff-account.service.js'
import { getStaffOrThrow } from './staff.service.js'

const app = await buildTestApp()
const BASE = '/app/admin/personnel'
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
let admin: TestUser
let director11: TestUser

before(async () => {
  admin = await app.userOf('admin', 'all')
  director11 = await app.userOf('director', 'region', '11')
})

describe('creating a team member through the form', () => {
  test('ignores a userId posted with the form: the new member is linked to no account (no mass assignment)', async () => {
    const other = await app.userOf('agent', 'region', '06')
    const otherId = other.actor.kind === 'user' ? other.actor.userId : ''
    assert.match(otherId, /^[0-9a-f-]{36}$/, "another region's real account id")
    for (const userId of [otherId, 'x', '00000000-0000-4000-8000-000000000000']) {
      const res = await app.injectAs(director11, {
        method: 'POST',
        url: `${BASE}/nouveau`,
        headers: formHeaders,
        payload: form({
          fullName: `Intrus ${userId.slice(0, 4)}`,
          role: 'agent',
          regionCode: '11',
          validFrom: '2024-01-01',
          userId,
        }),
      })
      assert.equal(res.statusCode, 303, userId)
    }
    const list = await app.injectAs(admin, { method: 'GET', url: '/api/v1/staff?region=11' })
    const intruders = list.json().data.filter((s: { fullName: string }) => s.fullName.startsWith('Intrus'))
    assert.equal(intruders.length, 3)
    assert.ok(intruders.every((s: { hasAccount: boolean }) => !s.hasAccount))
  })

  test("offers a director only their own region, and refuses another region's code", async () => {
    const page = await app.injectAs(director11, { method: 'GET', url: `${BASE}/nouveau` })
    assert.equal(page.statusCode, 200)
    const regionOptions = [...page.body.matchAll(/<option value="(\d\d)"/g)].map((m) => m[1])
    assert.deepEqual(regionOptions, ['11'])
    const res = await app.injectAs(director11, {
      method: 'POST',
      url: `${BASE}/nouveau`,
      headers: formHeaders,
      payload: form({ fullName: 'Ailleurs', role: 'agent', regionCode: '06', validFrom: '2024-01-01' }),
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /Région inconnue ou hors de votre portée/)
  })

  test('refuses the new-member form to agents and advisors before anything is typed', async () => {
    for (const role of ['agent', 'advisor'] as const) {
      const user = await app.userOf(role, 'region', '11')
      const res = await app.injectAs(user, { method: 'GET', url: `${BASE}/nouveau` })
      assert.equal(res.statusCode, 403, role)
    }
  })
})

describe('editing a team member', () => {
  test('refuses a cleared full name: error on the field, old value kept', async () => {
    const staff = await buildStaff(app.system, { fullName: 'Gabrielle Roy', regionCode: '11' })
    const res = await app.injectAs(director11, {
      method: 'POST',
      url: `${BASE}/${staff.id}`,
      headers: formHeaders,
      payload: form({ fullName: '', role: 'agent', regionCode: '11', validFrom: '2020-01-01' }),
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /id="f-fullName-error"[^>]*>Ce champ est obligatoire/)
    assert.equal((await getStaffOrThrow(app.system, staff.id)).fullName, 'Gabrielle Roy')
  })

  test("answers 404 for another region's member, to a director", async () => {
    const staff = await buildStaff(app.system, { regionCode: '06' })
    assert.equal((await app.injectAs(director11, { method: 'GET', url: `${BASE}/${staff.id}` })).statusCode, 404)
    const post = await app.injectAs(director11, {
      method: 'POST',
      url: `${BASE}/${staff.id}`,
      headers: formHeaders,
      payload: form({ fullName: 'X', role: 'agent', regionCode: '11', validFrom: '2020-01-01' }),
    })
    assert.equal(post.statusCode, 404)
  })
})

describe('account actions', () => {
  test('asks for confirmation before disabling or resetting, on a page that works without JavaScript', async () => {
    const staff = await buildStaff(app.system, {
      fullName: 'Rémi Cyr',
      role: 'agent',
      email: `remi${Date.now()}@test.example`,
    })
    await createStaffAccount(app.system, staff.id, { scope: 'region' })
    const page = await app.injectAs(admin, { method: 'GET', url: `${BASE}/${staff.id}` })
    assert.match(page.body, new RegExp(`href="${BASE}/${staff.id}/compte/desactivation"`))
    assert.doesNotMatch(
      page.body,
      new RegExp(`action="${BASE}/${staff.id}/compte/desactivation"`),
      'no one-click disable',
    )
    for (const segment of ['desactivation', 'reinitialisation']) {
      const confirm = await app.injectAs(admin, { method: 'GET', url: `${BASE}/${staff.id}/compte/${segment}` })
      assert.equal(confirm.statusCode, 200)
      assert.match(confirm.body, /Rémi Cyr/)
      assert.match(confirm.body, new RegExp(`<form method="post" action="${BASE}/${staff.id}/compte/${segment}"`))
      assert.match(confirm.body, new RegExp(`href="${BASE}/${staff.id}"`), 'a way back that changes nothing')
    }
    const reset = await app.injectAs(admin, {
      method: 'POST',
      url: `${BASE}/${staff.id}/compte/reinitialisation`,
      headers: formHeaders,
      payload: form({}),
    })
    assert.equal(reset.statusCode, 303)
    const shown = await app.follow(admin, reset)
    const secretAt = shown.body.indexOf('class="secret"')
    assert.ok(secretAt > 0 && secretAt < shown.body.indexOf('<h1'), 'the one-time password comes before the heading')
    assert.match(shown.body, /id="secret"[^>]*autofocus|autofocus[^>]*id="secret"/)
    const planted = await app.injectAs(admin, {
      method: 'GET',
      url: String(reset.headers.location),
      cookies: { escale_new_password: 'not-the-password' },
    })
    assert.doesNotMatch(planted.body, /not-the-password/, 'a cookie that is not the current password is never shown')
    const disable = await app.injectAs(admin, {
      method: 'POST',
      url: `${BASE}/${staff.id}/compte/desactivation`,
      headers: formHeaders,
      payload: form({}),
    })
    assert.equal(disable.statusCode, 303)
    const after = await app.injectAs(admin, { method: 'GET', url: disable.headers.location as string })
    assert.match(after.body, /Compte désactivé/)
  })
})

describe('nobody grants more than they have', () => {
  test("a region's admin opens a region-wide account for an admin member, never one for every region", async () => {
    const admin11 = await app.userOf('admin', 'region', '11')
    const staff = await buildStaff(app.system, {
      fullName: 'Admin Régional',
      role: 'admin',
      email: `adm${Date.now()}@test.example`,
    })
    const res = await app.injectAs(admin11, {
      method: 'POST',
      url: `${BASE}/${staff.id}/compte`,
      headers: formHeaders,
      payload: form({ scope: 'region' }),
    })
    assert.equal(res.statusCode, 303)
    const password = /<code class="secret">([^<]+)<\/code>/.exec((await app.follow(admin11, res)).body)?.[1]
    const opened = await app.injectAs(admin, { method: 'GET', url: `/api/v1/staff/${staff.id}` })
    assert.equal(opened.json().hasAccount, true)
    // Signed in, the new admin reaches region 11 only.
    const other = await buildStaff(app.system, { regionCode: '06' })
    const { signIn } = await import('../../access/index.js')
    const { token } = await signIn({ ...app.system, now: new Date() }, { email: staff.email!, password: password! })
    const look = await app.injectAs({ ...admin11, cookie: token }, { method: 'GET', url: `/api/v1/staff/${other.id}` })
    assert.equal(look.statusCode, 404)
  })

  test("refuses an API token for an account that reaches more than the creator's scope", async () => {
    const admin11 = await app.userOf('admin', 'region', '11')
    const res = await app.injectAs(admin11, {
      method: 'POST',
      url: '/app/admin/jetons',
      headers: formHeaders,
      payload: form({ email: admin.email, name: 'Détournement' }),
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /Aucun compte n'utilise ce courriel|Aucun compte n&#39;utilise ce courriel/)
  })

  test('refuses the account confirmation pages to every role that may not act on accounts', async () => {
    const staff = await buildStaff(app.system, { regionCode: '11', email: `conf${Date.now()}@test.example` })
    await createStaffAccount(app.system, staff.id, { scope: 'region' })
    for (const role of ['agent', 'advisor', 'director'] as const) {
      const user = await app.userOf(role, 'region', '11')
      for (const segment of ['desactivation', 'reinitialisation']) {
        const res = await app.injectAs(user, { method: 'GET', url: `${BASE}/${staff.id}/compte/${segment}` })
        assert.equal(res.statusCode, 403, `${role} ${segment}`)
      }
    }
  })
})
