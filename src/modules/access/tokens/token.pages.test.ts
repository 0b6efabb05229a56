import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { findTokenActor } from '../index.js'

// API tokens screen (issue 5, defect 8): post/redirect/get with the secret shown once, confirmed revocation.
const app = await buildTestApp()
const admin = await app.userOf('admin', 'all')
const BASE = '/app/admin/jetons'
const form = { 'content-type': 'application/x-www-form-urlencoded' }
let counter = 0

const post = (url: string, data: Record<string, string> = {}, user: TestUser = admin) =>
  app.injectAs(user, {
    method: 'POST',
    url,
    headers: form,
    payload: new URLSearchParams({ _csrf: csrfToken, ...data }).toString(),
  })
const get = (url: string, cookies?: Record<string, string>, user: TestUser = admin) =>
  app.injectAs(user, { method: 'GET', url, cookies })
const countNamed = async (name: string) =>
  (
    await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.api_tokens where name = ${name}`,
    )
  )[0]!.n

async function createToken() {
  const name = `intégration ${++counter}`
  const res = await post(BASE, { email: admin.email, name })
  const flash = res.cookies.find((c) => c.name === 'escale_new_token')
  return { name, res, flash, location: String(res.headers.location) }
}

describe('creating a token', () => {
  test('redirects after the post, shows the secret once at the top with focus, and a reload creates nothing', async () => {
    const { name, res, flash, location } = await createToken()
    assert.equal(res.statusCode, 303)
    assert.match(location, /^\/app\/admin\/jetons\?cree=[0-9a-f-]{36}$/)
    assert.ok(flash?.httpOnly, 'the one-time secret travels in an httpOnly cookie, never in the URL')
    const shown = await get(location, { escale_new_token: flash.value })
    assert.equal(shown.statusCode, 200)
    const notice =
      /<div class="qc-notice qc-warning notice-secret" role="status" id="secret" tabindex="-1" autofocus[^>]*>(.*?)<\/dl>/s.exec(
        shown.body,
      )
    assert.ok(notice, 'a focused notice')
    assert.ok(notice[1]!.includes(flash.value), 'the secret is in it')
    assert.ok(
      shown.body.indexOf(flash.value) < shown.body.indexOf(`<form method="post" action="${BASE}"`),
      'above the form, at the top',
    )
    const cleared = shown.cookies.find((c) => c.name === 'escale_new_token')
    assert.ok(
      cleared && (cleared.maxAge === 0 || (cleared.expires && cleared.expires.getTime() < Date.now())),
      'shown once',
    )
    const reload = await get(location)
    assert.equal(reload.statusCode, 200)
    assert.ok(!reload.body.includes(flash.value))
    assert.equal(await countNamed(name), 1)
    assert.equal((await findTokenActor(app.system.db, flash.value, new Date()))?.kind, 'user')
  })

  test('never shows a secret that is not the new token', async () => {
    const { location } = await createToken()
    const forged = await get(location, { escale_new_token: 'esc_forged-value-that-is-not-the-token' })
    assert.equal(forged.statusCode, 200)
    assert.doesNotMatch(forged.body, /esc_forged/)
  })

  const bad = [
    ['no email', { name: 'x' }, /Courriel du compte : Ce champ est obligatoire/],
    ['an invalid email', { email: 'pas-un-courriel', name: 'x' }, /Adresse courriel invalide/],
    ['an unknown account', { email: 'personne@test.example', name: 'x' }, /Aucun compte n.utilise ce courriel/],
    ['no name', { email: 'a@test.example' }, /Nom du jeton : Ce champ est obligatoire/],
    ['an over-long name', { email: 'a@test.example', name: 'n'.repeat(101) }, /Au plus 100 caractères/],
  ] as const
  for (const [label, data, message] of bad) {
    test(`shows the form again with a French message, 400, for ${label}`, async () => {
      const res = await post(BASE, data)
      assert.equal(res.statusCode, 400)
      assert.match(res.body, message)
    })
  }
})

describe('revoking a token', () => {
  test('asks for confirmation on a page that works without JavaScript, then revokes', async () => {
    const { name, location, flash } = await createToken()
    const id = location.split('=')[1]!
    const list = await get(BASE)
    assert.match(list.body, new RegExp(`<a [^>]*href="${BASE}/${id}/revoquer"`), 'the list links to the confirmation')
    const confirm = await get(`${BASE}/${id}/revoquer`)
    assert.equal(confirm.statusCode, 200)
    assert.ok(confirm.body.includes(`Révoquer le jeton « ${name} » ?`))
    assert.match(confirm.body, new RegExp(`<form method="post" action="${BASE}/${id}/revocation"`))
    assert.match(confirm.body, /<button class="qc-button qc-danger" type="submit">/)
    assert.match(confirm.body, new RegExp(`<a class="qc-button qc-tertiary" href="${BASE}">Annuler</a>`))
    assert.ok(await findTokenActor(app.system.db, flash!.value, new Date()), 'still active after the question')
    const done = await post(`${BASE}/${id}/revocation`)
    assert.equal(done.statusCode, 303)
    assert.equal(await findTokenActor(app.system.db, flash!.value, new Date()), null)
    assert.equal((await get(`${BASE}/${id}/revoquer`)).statusCode, 404, 'a revoked token is not offered again')
  })

  test('answers 404 for an unknown or malformed token id', async () => {
    assert.equal((await get(`${BASE}/00000000-0000-4000-8000-000000000000/revoquer`)).statusCode, 404)
    assert.equal((await get(`${BASE}/pas-un-id/revoquer`)).statusCode, 404)
    assert.equal((await post(`${BASE}/00000000-0000-4000-8000-000000000000/revocation`)).statusCode, 404)
  })

  test('is refused to other roles', async () => {
    const director = await app.userOf('director', 'region', '11')
    assert.equal((await get(BASE, undefined, director)).statusCode, 403)
    const { location } = await createToken()
    assert.equal((await get(`${BASE}/${location.split('=')[1]}/revoquer`, undefined, director)).statusCode, 403)
  })
})
