import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { eq, sql } from 'drizzle-orm'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { createUser, findSessionActor, setUserDisabled, signIn } from '../index.js'
import { accessJobs } from '../jobs/access.jobs.js'
import { outbox, passwordResets } from '../mail/mail.schema.js'

const app = await buildTestApp({ env: { ESCALE_PUBLIC_URL: 'https://escale.example/' } })
const password = 'un mot de passe assez long'
let counter = 0

async function account(options: { disabled?: boolean; locale?: 'fr' | 'en' } = {}) {
  const email = `reset${++counter}-${Date.now()}@test.example`
  const user = await createUser(app.system, {
    email,
    displayName: `Personne ${counter}`,
    password,
    role: 'agent',
    scopeKind: 'all',
    locale: options.locale,
  })
  if (options.disabled) await setUserDisabled(app.system, user.id, true)
  return { email, id: user.id }
}

const form = (fields: Record<string, string>) => new URLSearchParams({ ...fields, _csrf: csrfToken }).toString()
const post = (url: string, fields: Record<string, string>, remoteAddress = '198.51.100.7') =>
  app.injectAs(null, {
    method: 'POST',
    url,
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form(fields),
  })
const forgot = (email: string, remoteAddress?: string) =>
  post('/app/connexion/mot-de-passe-oublie', { email }, remoteAddress)
const reset = (jeton: string, newPassword: string, confirmation = newPassword) =>
  post('/app/connexion/reinitialiser', { jeton, newPassword, confirmation })
const get = (url: string) => app.injectAs(null, { method: 'GET', url })

/** The reset mails sent to an address, newest first. */
const mailsTo = (email: string) =>
  app.system.db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(sql`created_at desc`)
const tokenOf = (body: string) => /\/app\/connexion\/reinitialiser\?jeton=([\w-]+)/.exec(body)?.[1]

async function requestLink(email: string) {
  assert.equal((await forgot(email)).statusCode, 303)
  const [mail] = await mailsTo(email)
  return tokenOf(mail!.bodyText)!
}

describe('forgot password', () => {
  test('the sign-in page links to it, in French and in English', async () => {
    assert.match((await get('/app/connexion')).body, /href="\/app\/connexion\/mot-de-passe-oublie">Mot de passe oublié/)
    assert.match((await get('/app/connexion?lang=en')).body, /Forgot your password\?/)
    const en = await get('/app/connexion/mot-de-passe-oublie?lang=en')
    assert.equal(en.statusCode, 200)
    assert.match(en.body, /<h1[^>]*>Forgot your password<\/h1>/)
  })

  test('known, unknown and disabled addresses get the same answer; only the enabled account is mailed', async () => {
    const known = await account({ locale: 'en' })
    const disabled = await account({ disabled: true })
    const answers = []
    for (const email of [known.email, 'nobody-here@test.example', disabled.email]) {
      const res = await forgot(email, `203.0.113.${++counter}`)
      answers.push([res.statusCode, res.headers.location])
    }
    assert.deepEqual(answers, Array(3).fill([303, '/app/connexion/mot-de-passe-oublie?envoye=1']))
    const page = await get('/app/connexion/mot-de-passe-oublie?envoye=1')
    assert.match(page.body, /Si un compte correspond à cette adresse, un courriel/)
    assert.equal((await mailsTo(disabled.email)).length, 0)
    // Every request is audited the same way (one transaction each); the event says whether a link was mailed.
    const requests = await queryRows<{ entity_id: string | null; mailed: boolean }>(
      app.system.db,
      sql`select entity_id, (details->>'mailed')::boolean as mailed from access.audit_events
          where action = 'user.password_reset_requested' order by id desc limit 3`,
    )
    assert.deepEqual(
      requests.reverse().map((r) => [r.entity_id, r.mailed]),
      [
        [known.id, true],
        [null, false],
        [disabled.id, false],
      ],
    )
    const [mail] = await mailsTo(known.email)
    // In the account's language, with the configured public address, and only a hash of the token is stored.
    assert.equal(mail!.subject, 'Escale — reset your password')
    assert.equal(mail!.topic, 'password.reset')
    const token = tokenOf(mail!.bodyText)!
    assert.match(mail!.bodyText, /https:\/\/escale\.example\/app\/connexion\/reinitialiser\?jeton=/)
    assert.equal(Buffer.from(token, 'base64url').length, 32)
    const stored = await app.system.db.select().from(passwordResets).where(eq(passwordResets.userId, known.id))
    assert.equal(stored.length, 1)
    assert.notEqual(stored[0]!.tokenHash, token)
    assert.equal(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime(), 3_600_000)
  })

  test('bad addresses answer 400 with a message on the field', async () => {
    for (const email of ['', 'not-an-address', `${'x'.repeat(250)}@test.example`]) {
      const res = await forgot(email)
      assert.equal(res.statusCode, 400, email)
      assert.match(res.body, /class="qc-notice qc-error/)
    }
  })

  test('requests are throttled per address asked for and per client address', async () => {
    const target = await account()
    for (let i = 0; i < 5; i++) assert.equal((await forgot(target.email, `192.0.2.${i + 1}`)).statusCode, 303)
    const held = await forgot(target.email, '192.0.2.99')
    assert.equal(held.statusCode, 429)
    assert.match(held.body, /Trop de demandes de réinitialisation/)
    assert.equal((await mailsTo(target.email)).length, 5)
    // The account's own sign-in is not slowed by reset requests.
    await signIn(app.system, { email: target.email, password })
    const from = '192.0.2.200'
    for (let i = 0; i < 20; i++) await forgot(`spray${i}@test.example`, from)
    assert.equal((await forgot('spray-last@test.example', from)).statusCode, 429)
  })
})

describe('reset link', () => {
  test('sets the password once, ends every session, audits the reset and sends to sign-in with a notice', async () => {
    const user = await account()
    const session = await signIn(app.system, { email: user.email, password })
    const token = await requestLink(user.email)
    const form = await get(`/app/connexion/reinitialiser?jeton=${token}`)
    assert.equal(form.statusCode, 200)
    assert.match(form.body, /<h1[^>]*>Choisir un nouveau mot de passe<\/h1>/)
    assert.match(form.body, /name="jeton" value="[\w-]+"/)
    const done = await reset(token, 'une toute nouvelle phrase')
    assert.equal(done.statusCode, 303)
    assert.equal(done.headers.location, '/app/connexion?reinitialise=1')
    assert.match((await get('/app/connexion?reinitialise=1')).body, /Votre mot de passe est changé/)
    assert.equal(await findSessionActor(app.system.db, session.token, new Date()), null)
    await signIn(app.system, { email: user.email, password: 'une toute nouvelle phrase' })
    const events = await queryRows<{ actor_user_id: string }>(
      app.system.db,
      sql`select actor_user_id from access.audit_events where action = 'user.password_reset' and entity_id = ${user.id}`,
    )
    assert.deepEqual(
      events.map((e) => e.actor_user_id),
      [user.id],
    )
    // Single use: the link now opens the "expired or used" page, and posting it again changes nothing.
    const again = await get(`/app/connexion/reinitialiser?jeton=${token}`)
    assert.equal(again.statusCode, 404)
    assert.match(again.body, /Lien expiré ou déjà utilisé/)
    const replay = await reset(token, 'encore une autre phrase')
    assert.equal(replay.statusCode, 404)
    assert.match(replay.body, /Lien expiré ou déjà utilisé/)
    await signIn(app.system, { email: user.email, password: 'une toute nouvelle phrase' })
  })

  test('a newer reset spends the older links of the account', async () => {
    const user = await account()
    const first = await requestLink(user.email)
    const second = await requestLink(user.email)
    assert.equal((await reset(second, 'la seconde phrase de passe')).statusCode, 303)
    assert.equal((await reset(first, 'la premiere phrase de passe')).statusCode, 404)
  })

  test('an expired link opens the expired page, in French and English', async () => {
    const user = await account()
    const token = await requestLink(user.email)
    await app.system.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, user.id))
    const fr = await get(`/app/connexion/reinitialiser?jeton=${token}`)
    assert.equal(fr.statusCode, 404)
    assert.match(fr.body, /il a expiré/)
    assert.match(
      (await get(`/app/connexion/reinitialiser?jeton=${token}&lang=en`)).body,
      /Link expired or already used/,
    )
    assert.equal((await reset(token, 'une phrase trop tardive')).statusCode, 404)
    for (const url of ['/app/connexion/reinitialiser', '/app/connexion/reinitialiser?jeton=inconnu'])
      assert.equal((await get(url)).statusCode, 404)
  })

  test('a weak or mismatched password answers 400 on its field and keeps the link usable', async () => {
    const user = await account()
    const token = await requestLink(user.email)
    const cases: [string, string, string][] = [
      ['court', 'court', 'newPassword'],
      ['une phrase assez longue', 'une autre phrase longue', 'confirmation'],
      ['', '', 'newPassword'],
    ]
    for (const [pw, confirmation, field] of cases) {
      const res = await reset(token, pw, confirmation)
      assert.equal(res.statusCode, 400, `${pw}/${confirmation}`)
      assert.match(res.body, new RegExp(`href="#f-${field}"`))
      assert.match(res.body, /name="jeton" value="[\w-]+"/)
    }
    assert.equal((await reset(token, 'enfin une bonne phrase')).statusCode, 303)
  })

  test('the session purge deletes links spent or expired more than a day ago', async () => {
    const user = await account()
    await requestLink(user.email)
    const now = new Date(Date.now() + 2 * 86_400_000)
    const purge = accessJobs({ smtpUrl: undefined, from: 'x@test.example' }).find((j) => j.name === 'sessions.purge')!
    const result = await purge.run({ ...app.system, now })
    assert.ok(result.resets! >= 1)
    const left = await app.system.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id))
    assert.equal(left.length, 0)
  })
})
