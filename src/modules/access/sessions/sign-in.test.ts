import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { createUser, purgeExpiredSessions, setUserDisabled, signIn } from '../index.js'

// Sign-in tells nothing and cannot be turned against users (issue 5, defect 7).
const app = await buildTestApp()
const password = 'un mot de passe assez long'
let counter = 0

async function account(options: { disabled?: boolean } = {}) {
  const email = `signin${++counter}-${Date.now()}@test.example`
  const user = await createUser(app.system, {
    email,
    displayName: `Personne ${counter}`,
    password,
    role: 'agent',
    scopeKind: 'all',
  })
  if (options.disabled) await setUserDisabled(app.system, user.id, true)
  return { email, id: user.id }
}

const at = (base: Date, seconds: number) => ({ ...app.system, now: new Date(base.getTime() + seconds * 1000) })
const refused = (e: unknown) => e instanceof AppError && e.code === 'BAD_CREDENTIALS' && e.kind === 'unauthenticated'

async function failedEvents(userId: string) {
  const rows = await queryRows<{ n: number }>(
    app.system.db,
    sql`select count(*)::int as n from access.audit_events where action = 'user.sign_in_failed' and entity_id = ${userId}`,
  )
  return rows[0]!.n
}

function postSignIn(email: string, pw: string, remoteAddress = '198.51.100.1') {
  const payload = new URLSearchParams({ email, password: pw, _csrf: csrfToken }).toString()
  return app.injectAs(null, {
    method: 'POST',
    url: '/app/connexion',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload,
  })
}

const alertOf = (body: string) =>
  /class="qc-notice qc-error error-summary" role="alert">.*?<p>([^<]*)<\/p>/s.exec(body)?.[1]

describe('sign-in answers alike whatever the reason', () => {
  test('unknown, wrong-password, disabled and throttled accounts get the same 401 and message, never a 429', async () => {
    const real = await account()
    const disabled = await account({ disabled: true })
    const throttled = await account()
    for (let i = 0; i < 5; i++)
      await assert.rejects(signIn(app.system, { email: throttled.email, password: 'wrong' }), refused)
    const cases = [
      ['unknown', 'nobody-here@test.example', password],
      ['wrong password', real.email, 'not the password'],
      ['disabled', disabled.email, password],
      ['throttled, with the right password', throttled.email, password],
    ] as const
    const messages = new Set<string | undefined>()
    for (const [label, email, pw] of cases) {
      const res = await postSignIn(email, pw)
      assert.equal(res.statusCode, 401, label)
      assert.doesNotMatch(res.body, /bloqu|locked|trop de tentatives/i, label)
      messages.add(alertOf(res.body))
    }
    assert.equal(messages.size, 1)
    assert.match([...messages][0]!, /Adresse courriel ou mot de passe incorrect/)
  })

  test('takes comparable time in every case: one password hash is always checked', async () => {
    const real = await account()
    const disabled = await account({ disabled: true })
    const throttled = await account()
    for (let i = 0; i < 5; i++) await assert.rejects(signIn(app.system, { email: throttled.email, password: 'wrong' }))
    const cases = {
      unknown: 'nobody-timed@test.example',
      wrong: real.email,
      disabled: disabled.email,
      throttled: throttled.email,
    }
    const times: Record<string, number[]> = { unknown: [], wrong: [], disabled: [], throttled: [] }
    for (let round = 0; round < 5; round++) {
      for (const [label, email] of Object.entries(cases)) {
        const start = performance.now()
        await assert.rejects(
          signIn(app.system, { email, password: label === 'throttled' ? password : 'not the password' }),
          refused,
        )
        times[label]!.push(performance.now() - start)
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
    const [fastest, slowest] = [Math.min(...Object.values(medians)), Math.max(...Object.values(medians))]
    // Without the hash check a path answers in ~1 ms against ~30 ms; the margin absorbs a busy machine.
    assert.ok(fastest > slowest * 0.35, `medians (ms): ${JSON.stringify(medians)}`)
  })
})

describe('throttling with growing delays, kept in the database', () => {
  test('after five failures an account waits one minute, then two, and a success clears its failures', async () => {
    const { email } = await account()
    const t0 = new Date()
    for (let i = 0; i < 5; i++) await assert.rejects(signIn(at(t0, i), { email, password: 'wrong' }), refused)
    await assert.rejects(
      signIn(at(t0, 30), { email, password }),
      refused,
      'held back: even the right password is refused',
    )
    await assert.rejects(signIn(at(t0, 65), { email, password: 'wrong' }), refused, 'sixth failure: two minutes now')
    await assert.rejects(signIn(at(t0, 65 + 100), { email, password }), refused, 'still within two minutes')
    assert.ok((await signIn(at(t0, 65 + 125), { email, password })).token, 'after the delay, the right password works')
    for (let i = 0; i < 4; i++) await assert.rejects(signIn(at(t0, 200 + i), { email, password: 'wrong' }), refused)
    assert.ok(
      (await signIn(at(t0, 205), { email, password })).token,
      'the earlier failures were forgotten at the success',
    )
  })

  test('twelve concurrent attempts check no more than five passwords', async () => {
    const { id, email } = await account()
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => signIn(app.system, { email, password: 'wrong' })),
    )
    assert.ok(results.every((r) => r.status === 'rejected' && refused(r.reason)))
    assert.equal(await failedEvents(id), 5)
    await assert.rejects(signIn(app.system, { email, password }), refused)
  })

  test('holds back a client address after twenty failures across accounts, not the others', async () => {
    const { email } = await account()
    const address = { address: '203.0.113.7' }
    for (let i = 0; i < 20; i++)
      await assert.rejects(signIn(app.system, { email: `spray${i}@test.example`, password: 'wrong' }, address), refused)
    await assert.rejects(signIn(app.system, { email, password }, address), refused)
    assert.ok((await signIn(app.system, { email, password }, { address: '203.0.113.8' })).token)
  })

  test('applies the address throttle to the sign-in page by client address', async () => {
    const { email } = await account()
    for (let i = 0; i < 20; i++)
      assert.equal((await postSignIn(`page-spray${i}@test.example`, 'wrong', '192.0.2.44')).statusCode, 401)
    assert.equal((await postSignIn(email, password, '192.0.2.44')).statusCode, 401)
    const elsewhere = await postSignIn(email, password, '192.0.2.45')
    assert.equal(elsewhere.statusCode, 303)
  })

  test('keeps no email or address in clear in the throttle table', async () => {
    const { email } = await account()
    await assert.rejects(signIn(app.system, { email, password: 'wrong' }, { address: '203.0.113.99' }), refused)
    const rows = await queryRows<{ key_hash: string }>(
      app.system.db,
      sql`select key_hash from access.sign_in_throttles`,
    )
    assert.ok(rows.length >= 2)
    assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key_hash)))
  })

  test('purges throttles idle for a day that hold nothing back, and keeps the others', async () => {
    const idle = await account()
    const held = await account()
    const t0 = new Date(Date.now() - 3 * 86_400_000)
    await assert.rejects(signIn(at(t0, 0), { email: idle.email, password: 'wrong' }), refused)
    for (let i = 0; i < 5; i++)
      await assert.rejects(signIn(app.system, { email: held.email, password: 'wrong' }), refused)
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          app.system.db,
          sql`select count(*)::int as n from access.sign_in_throttles where kind = 'account'`,
        )
      )[0]!.n
    const before = await count()
    await purgeExpiredSessions(app.system.db, new Date())
    assert.equal(await count(), before - 1)
    await assert.rejects(
      signIn(app.system, { email: held.email, password }),
      refused,
      'the held-back account is still held back',
    )
  })
})

describe('sign-in and sign-out in the audit log', () => {
  test('records failed attempts with the account id only when the account exists', async () => {
    const { id, email } = await account()
    const before = await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.audit_events where action = 'user.sign_in_failed'`,
    )
    await assert.rejects(signIn(app.system, { email: 'ghost@test.example', password: 'wrong' }), refused)
    const after = await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.audit_events where action = 'user.sign_in_failed'`,
    )
    assert.equal(after[0]!.n, before[0]!.n, 'an unknown email leaves no event')
    await assert.rejects(signIn(app.system, { email, password: 'wrong' }), refused)
    assert.equal(await failedEvents(id), 1)
  })

  test('names the person, not the system, as the actor of sign-in and sign-out', async () => {
    const { id, email } = await account()
    const res = await postSignIn(email, password, '198.51.100.20')
    assert.equal(res.statusCode, 303)
    const session = res.cookies.find((c) => c.name === 'escale_session')!.value
    const signedIn = { email, password, cookie: session, token: '', actor: app.system.actor }
    const out = await app.injectAs(signedIn, {
      method: 'POST',
      url: '/app/deconnexion',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(csrfToken)}`,
    })
    assert.equal(out.statusCode, 303)
    const events = await queryRows<{ action: string; actor_user_id: string | null; entity_id: string }>(
      app.system.db,
      sql`select action, actor_user_id, entity_id from access.audit_events where entity_id = ${id} and action in ('user.signed_in', 'user.signed_out') order by id`,
    )
    assert.deepEqual(events, [
      { action: 'user.signed_in', actor_user_id: id, entity_id: id },
      { action: 'user.signed_out', actor_user_id: id, entity_id: id },
    ])
  })
})
