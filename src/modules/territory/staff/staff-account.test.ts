import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildStaff } from '../../../../test/factories/territory.js'
import { AppError } from '../../../platform/errors.js'
import { signIn } from '../../access/index.js'
import { createStaffAccount } from './staff-account.service.js'

const app = await buildTestApp()
let admin: TestUser
let director: TestUser
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }

before(async () => {
  admin = await app.userOf('admin', 'all')
  director = await app.userOf('director', 'region', '11')
})

test('an admin opens an account for a team member, who can then sign in with the role of their function', async () => {
  const staff = await buildStaff(app.system, {
    fullName: 'Chloé Leblanc',
    role: 'advisor',
    email: 'chloe@test.example',
  })
  const res = await app.injectAs(admin, {
    method: 'POST',
    url: `/app/admin/personnel/${staff.id}/compte`,
    headers: formHeaders,
    payload: `_csrf=${csrfToken}&scope=region`,
  })
  assert.equal(res.statusCode, 303, 'post/redirect/get: a reload re-posts nothing')
  const shown = await app.follow(admin, res)
  const password = /<code class="secret">([^<]+)<\/code>/.exec(shown.body)?.[1]
  assert.ok(password)
  const again = await app.injectAs(admin, { method: 'GET', url: String(res.headers.location) })
  assert.doesNotMatch(again.body, /class="secret"/, 'shown once: a reload of the page shows no password')
  const { token } = await signIn(
    { ...app.system, now: new Date() },
    { email: 'chloe@test.example', password: password! },
  )
  const home = await app.injectAs({ ...admin, cookie: token }, { method: 'GET', url: '/app' })
  assert.match(home.body, /Bonjour Chloé Leblanc/)
  assert.match(home.body, /Conseiller·ère en immigration régionale/)

  const twice = await app.injectAs(admin, {
    method: 'POST',
    url: `/app/admin/personnel/${staff.id}/compte`,
    headers: formHeaders,
    payload: `_csrf=${csrfToken}&scope=region`,
  })
  assert.equal(twice.statusCode, 409)

  const reset = await app.injectAs(admin, {
    method: 'POST',
    url: `/app/admin/personnel/${staff.id}/compte/reinitialisation`,
    headers: formHeaders,
    payload: `_csrf=${csrfToken}`,
  })
  assert.equal(reset.statusCode, 303)
  const newPassword = /<code class="secret">([^<]+)<\/code>/.exec((await app.follow(admin, reset)).body)?.[1]
  assert.ok(newPassword && newPassword !== password)
  assert.equal(
    (await app.injectAs({ ...admin, cookie: token }, { method: 'GET', url: '/app' })).statusCode,
    303,
    'a reset ends the sessions',
  )
  await assert.rejects(signIn({ ...app.system, now: new Date() }, { email: 'chloe@test.example', password: password! }))
  const { token: token2 } = await signIn(
    { ...app.system, now: new Date() },
    { email: 'chloe@test.example', password: newPassword! },
  )

  const disable = await app.injectAs(admin, {
    method: 'POST',
    url: `/app/admin/personnel/${staff.id}/compte/desactivation`,
    headers: formHeaders,
    payload: `_csrf=${csrfToken}`,
  })
  assert.equal(disable.statusCode, 303)
  const after = await app.injectAs({ ...admin, cookie: token2 }, { method: 'GET', url: '/app' })
  assert.equal(after.statusCode, 303, 'the open session ended with the account')
  await assert.rejects(
    signIn({ ...app.system, now: new Date() }, { email: 'chloe@test.example', password: newPassword! }),
    (e: unknown) => e instanceof AppError && e.code === 'BAD_CREDENTIALS',
  )
})

test('refuses an account without an email, and refuses a director (no users.manage)', async () => {
  const noEmail = await buildStaff(app.system, { fullName: 'Sans Courriel', role: 'agent' })
  await assert.rejects(
    createStaffAccount(app.system, noEmail.id, { scope: 'region' }),
    (e: unknown) => e instanceof AppError && e.fields?.email !== undefined,
  )
  const res = await app.injectAs(director, {
    method: 'POST',
    url: `/app/admin/personnel/${noEmail.id}/compte`,
    headers: formHeaders,
    payload: `_csrf=${csrfToken}&scope=region`,
  })
  assert.equal(res.statusCode, 403)
})

test('the audit log shows who opened the account; an agent may not read it', async () => {
  const staff = await buildStaff(app.system, {
    fullName: 'Journal Témoin',
    role: 'agent',
    email: `journal${Date.now()}@test.example`,
  })
  const opened = await app.injectAs(admin, {
    method: 'POST',
    url: `/app/admin/personnel/${staff.id}/compte`,
    headers: formHeaders,
    payload: `_csrf=${csrfToken}&scope=region`,
  })
  assert.equal(opened.statusCode, 303)
  const res = await app.injectAs(admin, { method: 'GET', url: '/app/admin/journal' })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<td[^>]*>Test admin \d+<\/td>/, 'the person who acted, by name, in the table')
  const agent = await app.userOf('agent', 'region', '11')
  assert.equal((await app.injectAs(agent, { method: 'GET', url: '/app/admin/journal' })).statusCode, 403)
})
