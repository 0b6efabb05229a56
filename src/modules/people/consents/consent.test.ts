import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { AppError } from '../../../platform/errors.js'
import { consents } from './consent.schema.js'
import { activeConsents, recordConsent } from './consent.service.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const otherAgent = await app.userOf('agent', 'region', '06')
const advisor = await app.userOf('advisor', 'region', '11')
const url = (id: string) => `/app/personnes/${id}/consentements`

const auditsOf = (entityId: string) =>
  app.system.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId))

test('records a consent to the text in force, shows it in the history with who recorded it, and audits it', async () => {
  const dossier = await buildDossier(app.system)
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: url(dossier.personId),
    payload: { purpose: 'referral_sharing', givenOn: '2020-02-03', expiresOn: '2022-02-03' },
  })
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, `${url(dossier.personId)}?saved=1`)
  const [row] = await app.system.db.select().from(consents).where(eq(consents.personId, dossier.personId))
  assert.equal(row?.purpose, 'referral_sharing')
  assert.equal(row?.expiresOn, '2022-02-03')
  const page = await app.follow(agent, res)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Le consentement a été consigné/)
  assert.match(page.body, new RegExp(`par ${agent.actor.kind === 'user' ? agent.actor.displayName : ''}`))
  assert.match(page.body, /J’accepte|J'accepte/, 'the text in force is shown in full')
  const actions = (await auditsOf(row!.id)).map((e) => e.action)
  assert.deepEqual(actions, ['consent.recorded'])
  assert.ok(
    (await auditsOf(dossier.personId)).some((e) => e.action === 'consent.listed'),
    'the page read is audited',
  )
})

test('refuses a bad consent with a message per field in French and English', async () => {
  const person = await buildPerson(app.system)
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: url(person.id),
    payload: { purpose: 'gossip', givenOn: '2020-02-30', expiresOn: 'demain' },
  })
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /Choisissez l’une des valeurs proposées/)
  assert.match(res.body, /Date invalide/)
  const service = recordConsent({ ...app.system, now: new Date('2021-01-01T15:00:00Z') }, person.id, {
    purpose: 'contact_sharing',
    givenOn: '2021-03-01',
  })
  await assert.rejects(service, (e: unknown) => {
    assert.ok(e instanceof AppError)
    assert.match(e.fields?.givenOn?.fr ?? '', /demain/)
    assert.match(e.fields?.givenOn?.en ?? '', /tomorrow/)
    return true
  })
  const en = await app.injectAs(agent, {
    method: 'POST',
    url: `${url(person.id)}?lang=en`,
    payload: { givenOn: '2020-01-01' },
  })
  assert.equal(en.statusCode, 400)
  assert.match(en.body, /Purpose: Choose one of the values offered/)
})

test('withdraws a consent after a confirmation page: it stops counting and the history says who withdrew it', async () => {
  const person = await buildPerson(app.system)
  const consent = await buildConsent(app.system, person.id, 'contact_sharing')
  const today = '2021-01-01'
  assert.equal((await activeConsents(app.system.db, person.id, today)).length, 1)
  const confirm = await app.injectAs(agent, { method: 'GET', url: `${url(person.id)}/${consent.id}/retrait` })
  assert.equal(confirm.statusCode, 200)
  assert.match(confirm.body, /Retirer ce consentement/)
  assert.deepEqual(
    (await auditsOf(consent.id)).map((e) => [e.action, e.actorUserId]),
    [['consent.viewed', agent.actor.kind === 'user' ? agent.actor.userId : '']],
    'the confirmation page shows the consent: its read is audited, once',
  )
  const elsewhere = await app.injectAs(agent, {
    method: 'GET',
    url: `${url(crypto.randomUUID())}/${consent.id}/retrait`,
  })
  assert.equal(elsewhere.statusCode, 404)
  assert.equal((await auditsOf(consent.id)).length, 1, 'a refused read leaves no event')
  const res = await app.injectAs(agent, { method: 'POST', url: `${url(person.id)}/${consent.id}/retrait`, payload: {} })
  assert.equal(res.statusCode, 303)
  assert.deepEqual(await activeConsents(app.system.db, person.id, today), [])
  const page = await app.follow(agent, res)
  assert.match(page.body, /Retiré/)
  assert.ok((await auditsOf(consent.id)).some((e) => e.action === 'consent.withdrawn'))
  const again = await app.injectAs(agent, {
    method: 'POST',
    url: `${url(person.id)}/${consent.id}/retrait`,
    payload: {},
  })
  assert.equal(again.statusCode, 409)
})

test('a consent counts from the day it is given through its expiry day', async () => {
  const person = await buildPerson(app.system)
  await buildConsent(app.system, person.id, 'referral_sharing', { givenOn: '2020-03-01', expiresOn: '2020-06-30' })
  assert.equal((await activeConsents(app.system.db, person.id, '2020-02-29')).length, 0)
  assert.equal((await activeConsents(app.system.db, person.id, '2020-06-30')).length, 1)
  assert.equal((await activeConsents(app.system.db, person.id, '2020-07-01')).length, 0)
})

test('another region’s agent gets 404; a role without people.read gets 404; a reader cannot write', async () => {
  const dossier = await buildDossier(app.system)
  const consent = await buildConsent(app.system, dossier.personId, 'referral_sharing')
  assert.equal((await app.injectAs(otherAgent, { method: 'GET', url: url(dossier.personId) })).statusCode, 404)
  const post = await app.injectAs(otherAgent, {
    method: 'POST',
    url: url(dossier.personId),
    payload: { purpose: 'referral_sharing', givenOn: '2020-02-03' },
  })
  assert.equal(post.statusCode, 404)
  const withdraw = await app.injectAs(otherAgent, {
    method: 'POST',
    url: `${url(dossier.personId)}/${consent.id}/retrait`,
    payload: {},
  })
  assert.equal(withdraw.statusCode, 404)
  assert.equal((await app.injectAs(advisor, { method: 'GET', url: url(dossier.personId) })).statusCode, 404)
  const director = await app.userOf('director', 'region', '11')
  const read = await app.injectAs(director, { method: 'GET', url: url(dossier.personId) })
  assert.equal(read.statusCode, 200)
  assert.doesNotMatch(read.body, /Consigner un consentement/, 'no form for a reader who may not write')
  const refused = await app.injectAs(director, {
    method: 'POST',
    url: url(dossier.personId),
    payload: { purpose: 'referral_sharing', givenOn: '2020-02-03' },
  })
  assert.equal(refused.statusCode, 403)
})

test('the consents page reads in English', async () => {
  const person = await buildPerson(app.system)
  const res = await app.injectAs(agent, { method: 'GET', url: `${url(person.id)}?lang=en` })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<h1>Consents — /)
  assert.match(res.body, /Sharing contact details with a partner organization/)
  assert.match(res.body, /I agree that the MIFI regional directorate share my contact details/)
})
