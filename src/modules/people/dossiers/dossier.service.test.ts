import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { civilDate } from '../../territory/index.js'
import { plusYears } from './dossier-dates.js'
import { getDossierOrThrow, listDossiers, openDossier } from './dossier.service.js'

const app = await buildTestApp()
const db = app.system.db

const auditActions = async (entityId: string) =>
  (
    await queryRows<{ action: string }>(
      db,
      sql`select action from access.audit_events where entity_id = ${entityId} order by id`,
    )
  ).map((r) => r.action)

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code
const onField = (field: string) => (e: unknown) => e instanceof AppError && e.fields?.[field] !== undefined

test('opens a dossier: numbered AQ-<year>-<6 digits>, first meeting due, opened event and audit', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const agent = await buildStaff(app.system, { regionCode: '11', role: 'agent' })
  const person = await buildPerson(app.system, { regionCode: '11' })
  const d = await openDossier(ctx, {
    personId: person.id,
    servicePointId: sp.id,
    agentId: agent.id,
    intakeChannel: 'airport_welcome',
    startsOn: '2021-03-01',
  })
  assert.match(d.number, new RegExp(`^AQ-${new Date().getFullYear()}-\\d{6}$`))
  assert.equal(d.regionCode, '11')
  assert.equal(d.status, 'open')
  assert.equal(d.firstMeetingDueOn, '2021-03-08')
  const events = await queryRows<{ kind: string }>(
    db,
    sql`select kind from people.dossier_events where dossier_id = ${d.id}`,
  )
  assert.deepEqual(
    events.map((e) => e.kind),
    ['opened'],
  )
  assert.deepEqual(await auditActions(d.id), ['dossier.created'])
})

test('the first meeting is due five working days after arrival, skipping the Fête nationale', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const person = await buildPerson(app.system, { regionCode: '11' })
  // Monday 21 June 2021: 22, 23, (24 June is a statutory holiday), 25, 28, 29.
  const d = await openDossier(ctx, {
    personId: person.id,
    servicePointId: sp.id,
    intakeChannel: 'walk_in',
    startsOn: '2021-06-21',
  })
  assert.equal(d.firstMeetingDueOn, '2021-06-29')
})

test('refuses a service point outside the caller’s territory, a closed one, and an agent of another region', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const person = await buildPerson(app.system, { regionCode: '11' })
  const elsewhere = await buildServicePoint(app.system, { regionCode: '01' })
  const closed = await buildServicePoint(app.system, {
    regionCode: '11',
    validFrom: '2019-01-01',
    validTo: '2020-01-01',
  })
  const here = await buildServicePoint(app.system, { regionCode: '11' })
  const otherAgent = await buildStaff(app.system, { regionCode: '01', role: 'agent' })
  const input = { personId: person.id, intakeChannel: 'walk_in' as const, startsOn: '2021-03-01' }
  await assert.rejects(openDossier(ctx, { ...input, servicePointId: elsewhere.id }), onField('servicePointId'))
  await assert.rejects(openDossier(ctx, { ...input, servicePointId: closed.id }), onField('servicePointId'))
  await assert.rejects(
    openDossier(ctx, { ...input, servicePointId: here.id, agentId: otherAgent.id }),
    onField('agentId'),
  )
  await assert.rejects(
    openDossier(ctx, { ...input, servicePointId: here.id, personId: '00000000-0000-4000-8000-000000000000' }),
    onField('personId'),
  )
})

test('refuses a start before the person’s birth or more than a year ahead, in French and English', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const person = await buildPerson(app.system, { regionCode: '11', birthDate: '1988-04-12' })
  const input = { personId: person.id, servicePointId: sp.id, intakeChannel: 'pre_departure' as const }
  const startMessage = (fr: RegExp, en: RegExp) => (e: unknown) =>
    e instanceof AppError && fr.test(e.fields?.startsOn?.fr ?? '') && en.test(e.fields?.startsOn?.en ?? '')
  await assert.rejects(openDossier(ctx, { ...input, startsOn: '1950-01-01' }), startMessage(/naissance/, /birth/))
  await assert.rejects(openDossier(ctx, { ...input, startsOn: '2090-01-01' }), startMessage(/d’un an/, /one year/))
  const inElevenMonths = plusYears(civilDate(new Date(Date.now() - 31 * 86_400_000)), 1)
  const ahead = await openDossier(ctx, { ...input, startsOn: inElevenMonths })
  assert.equal(ahead.startsOn, inElevenMonths, 'a pre-departure contact may open it before the arrival')
  const born = await openDossier(ctx, { ...input, startsOn: '1988-04-12' })
  assert.equal(born.startsOn, '1988-04-12')
})

test('reading a dossier writes a dossier.viewed audit event', async () => {
  const { ctx } = await staffOf(app, 'director', 'region', '11')
  const d = await buildDossier(app.system, { regionCode: '11' })
  const out = await getDossierOrThrow(ctx, d.id)
  assert.equal(out.id, d.id)
  assert.equal(out.workable, false, 'a director reads, does not work')
  assert.deepEqual(await auditActions(d.id), ['dossier.viewed'])
})

test('another region’s agent gets 404, and does not see the dossier in lists', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '01')
  const d = await buildDossier(app.system, { regionCode: '11' })
  await assert.rejects(getDossierOrThrow(ctx, d.id), isCode('DOSSIER_NOT_FOUND'))
  const page = await listDossiers(ctx, { person: d.personId })
  assert.equal(page.data.length, 0)
})

test('an agent scoped to a service point sees only that point’s dossiers', async () => {
  const mine = await buildServicePoint(app.system, { regionCode: '11' })
  const other = await buildServicePoint(app.system, { regionCode: '11' })
  const { ctx } = await staffOf(app, 'agent', 'service_point', mine.id)
  const a = await buildDossier(app.system, { regionCode: '11', servicePointId: mine.id })
  const b = await buildDossier(app.system, { regionCode: '11', servicePointId: other.id })
  assert.equal((await getDossierOrThrow(ctx, a.id)).id, a.id)
  await assert.rejects(getDossierOrThrow(ctx, b.id), isCode('DOSSIER_NOT_FOUND'))
  const ids = (await listDossiers(ctx, {})).data.map((d) => d.id)
  assert.ok(ids.includes(a.id))
  assert.ok(!ids.includes(b.id))
})

test('lists page by page with a cursor (keyset), and filters by status, channel and volet', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  for (let i = 0; i < 26; i++) await buildDossier(app.system, { regionCode: '11', servicePointId: sp.id })
  const first = await listDossiers(ctx, { servicePoint: sp.id })
  assert.equal(first.data.length, 25)
  assert.ok(first.next)
  const cursor = Buffer.from(first.next, 'base64url').toString().split('|')
  const second = await listDossiers(ctx, {
    servicePoint: sp.id,
    after: { createdAt: cursor[0]!, id: cursor[1]! },
  })
  assert.equal(second.data.length, 1)
  assert.equal(second.next, null)
  const all = new Set([...first.data, ...second.data].map((d) => d.id))
  assert.equal(all.size, 26)

  const closed = await buildDossier(app.system, {
    regionCode: '11',
    servicePointId: sp.id,
    status: 'closed',
    intakeChannel: 'pre_departure',
  })
  assert.deepEqual(
    (await listDossiers(ctx, { servicePoint: sp.id, status: 'closed' })).data.map((d) => d.id),
    [closed.id],
  )
  assert.deepEqual(
    (await listDossiers(ctx, { servicePoint: sp.id, channel: 'pre_departure' })).data.map((d) => d.id),
    [closed.id],
  )
  await db.execute(sql`insert into people.need_catalogue (code, volet, label_fr, label_en, valid_from)
    values ('test_french_course', 'francisation', 'Cours de français', 'French course', '2019-01-01') on conflict do nothing`)
  await db.execute(sql`insert into people.dossier_needs (dossier_id, need_code, priority, assessed_on)
    values (${closed.id}, 'test_french_course', 'high', '2021-03-02')`)
  assert.deepEqual(
    (await listDossiers(ctx, { servicePoint: sp.id, volet: 'francisation' })).data.map((d) => d.id),
    [closed.id],
  )
  assert.equal((await listDossiers(ctx, { servicePoint: sp.id, volet: 'employment' })).data.length, 0)
})
