import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq, sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { MAX_ATTEMPTS } from './mail-delivery.js'
import { outbox } from './mail.schema.js'
import { enqueueMail } from './outbox.js'
import { OUTBOX_PAGE_SIZE, purgeOutbox, REDACTED_RESET_TEXT } from './outbox.service.js'

const app = await buildTestApp()
const get = (user: Parameters<typeof app.injectAs>[0], url: string) => app.injectAs(user, { method: 'GET', url })
const t0 = new Date('2026-03-02T14:00:00Z')
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000)

test('admins list the mail newest first with its status, and read one message (audited, with a warning)', async () => {
  const db = app.system.db
  await enqueueMail(db, [{ topic: 'test.old', to: 'old@test.example', subject: 'Ancien', text: 'a' }], minutes(0))
  await enqueueMail(db, [{ topic: 'test.sent', to: 'sent@test.example', subject: 'Envoyé', text: 'b' }], minutes(1))
  await enqueueMail(db, [{ topic: 'test.failed', to: 'ko@test.example', subject: 'Raté', text: 'c' }], minutes(2))
  const text = 'Bonjour,\n\nVoici le lien :\nhttps://escale.example/x\n\nMerci'
  await enqueueMail(db, [{ topic: 'password.reset', to: 'new@test.example', subject: 'Nouveau', text }], minutes(3))
  await db
    .update(outbox)
    .set({ sentAt: minutes(1), attempts: 1 })
    .where(eq(outbox.topic, 'test.sent'))
  await db
    .update(outbox)
    .set({ attempts: MAX_ATTEMPTS, lastError: 'EENVELOPE 550 refused' })
    .where(eq(outbox.topic, 'test.failed'))
  await db.update(outbox).set({ attempts: 2 }).where(eq(outbox.topic, 'test.old'))
  const admin = await app.userOf('admin', 'all')

  const fr = await get(admin, '/app/admin/courriels')
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1[^>]*>Courriels<\/h1>/)
  assert.match(fr.body, /href="\/app\/admin\/courriels"[^>]*>Courriels</)
  const order = ['Nouveau', 'Raté', 'Envoyé', 'Ancien'].map((s) => fr.body.indexOf(`>${s}</a>`))
  assert.ok(
    order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)),
    `${order}`,
  )
  assert.match(fr.body, /Échec après 5 essais/)
  assert.match(fr.body, /Dans la boîte d’envoi \(2 essais échoués\)/)
  assert.match(fr.body, />Envoyé</)
  const en = await get(admin, '/app/admin/courriels?lang=en')
  assert.match(en.body, /<h1[^>]*>Mail<\/h1>/)
  assert.match(en.body, /Failed after 5 attempts/)
  assert.match(en.body, /In the outbox/)

  const [reset] = await db.select().from(outbox).where(eq(outbox.topic, 'password.reset'))
  const one = await get(admin, `/app/admin/courriels/${reset!.id}`)
  assert.equal(one.statusCode, 200)
  assert.match(one.body, /<h1[^>]*>Nouveau<\/h1>/)
  assert.match(one.body, /Un lien de réinitialisation de mot de passe est un secret/)
  assert.match(one.body, /<p>Voici le lien :<br\/>https:\/\/escale\.example\/x<\/p>/)
  const events = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from access.audit_events where action = 'mail.viewed' and entity_id = ${reset!.id}`,
  )
  assert.equal(events[0]!.n, 1)
  assert.match(
    (await get(admin, `/app/admin/courriels/${reset!.id}?lang=en`)).body,
    /A password reset link is a secret/,
  )
  const [failed] = await db.select().from(outbox).where(eq(outbox.topic, 'test.failed'))
  const other = (await get(admin, `/app/admin/courriels/${failed!.id}`)).body
  assert.match(other, /EENVELOPE 550 refused/)
  assert.doesNotMatch(other, /est un secret/, 'the secrecy warning only on reset messages')
  assert.match(fr.body, /<th scope="col">Type<\/th>/)
  assert.match(fr.body, /Réinitialisation du mot de passe/)
  assert.doesNotMatch(fr.body, /<code>password\.reset/)
})

test('the list pages by fifty; a bad page number shows the first page', async () => {
  const admin = await app.userOf('admin', 'all')
  const many = Array.from({ length: OUTBOX_PAGE_SIZE + 5 }, (_, i) => ({
    topic: 'test.bulk',
    to: `bulk${i}@test.example`,
    subject: `Lot ${i}`,
    text: 'x',
  }))
  await enqueueMail(app.system.db, many, minutes(60))
  const first = await get(admin, '/app/admin/courriels')
  assert.match(first.body, /href="\/app\/admin\/courriels\?page=2">Courriels plus anciens/)
  const second = await get(admin, '/app/admin/courriels?page=2')
  assert.equal(second.statusCode, 200)
  assert.match(second.body, /href="\/app\/admin\/courriels\?page=1">Courriels plus récents/)
  for (const page of ['0', '-1', 'abc', '99999999999']) {
    assert.equal((await get(admin, `/app/admin/courriels?page=${page}`)).statusCode, 200, page)
  }
})

test('only admins read the outbox; unknown messages answer 404', async () => {
  const admin = await app.userOf('admin', 'all')
  for (const id of ['00000000-0000-4000-8000-000000000000', 'pas-un-id']) {
    assert.equal((await get(admin, `/app/admin/courriels/${id}`)).statusCode, 404, id)
  }
  const [any] = await app.system.db.select().from(outbox).limit(1)
  for (const role of ['director', 'advisor', 'agent'] as const) {
    const user = await app.userOf(role, 'region', '11')
    assert.equal((await get(user, '/app/admin/courriels')).statusCode, 403, role)
    assert.equal((await get(user, `/app/admin/courriels/${any?.id ?? 'x'}`)).statusCode, 403, role)
  }
  const signIn = await get(null, '/app/admin/courriels')
  assert.equal(signIn.statusCode, 303)
  assert.match(String(signIn.headers.location), /^\/app\/connexion\?next=/)
})

test('the purge removes an expired reset link from its message and deletes messages older than 90 days', async () => {
  const db = app.system.db
  const base = new Date('2031-05-10T12:00:00Z')
  const at = (m: number) => new Date(base.getTime() + m * 60_000)
  const link = 'Voici le lien : https://escale.example/app/connexion/reinitialiser?jeton=secret'
  await enqueueMail(db, [{ topic: 'password.reset', to: 'reset@test.example', subject: 'Lien', text: link }], at(0))
  await enqueueMail(db, [{ topic: 'test.recent', to: 'r@test.example', subject: 'Récent', text: 'garde' }], at(0))
  await enqueueMail(db, [{ topic: 'test.ancient', to: 'a@test.example', subject: 'Vieux', text: 'x' }], at(-91 * 1440))
  const body = async (topic: string) => (await db.select().from(outbox).where(eq(outbox.topic, topic)))[0]?.bodyText

  assert.ok((await purgeOutbox(db, at(59))).deleted >= 1)
  assert.equal(await bodyOf(db, 'reset@test.example'), link, 'the link is still valid: kept')
  const result = await purgeOutbox(db, at(61))
  assert.ok(result.redacted >= 1, JSON.stringify(result))
  assert.equal(await bodyOf(db, 'reset@test.example'), REDACTED_RESET_TEXT)
  assert.doesNotMatch(REDACTED_RESET_TEXT, /jeton/)
  assert.equal(await body('test.recent'), 'garde')
  assert.equal(await body('test.ancient'), undefined, 'older than 90 days: deleted')
})

async function bodyOf(db: typeof app.system.db, to: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.toAddress, to))
  return row?.bodyText
}
