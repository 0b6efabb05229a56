import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { findDossier } from '../dossiers/dossier.queries.js'
import { getInterventionOrThrow, listInterventions, recordIntervention } from './intervention.service.js'
import { quebecInstant } from './quebec-time.js'

const app = await buildTestApp()
const base = { mode: 'in_person' as const, durationMinutes: 45, summary: 'Première rencontre.' }
const onField = (field: string) => (e: unknown) => e instanceof AppError && e.fields?.[field] !== undefined

test('records an intervention on Québec’s civil date, in the service point’s region, with its audit event', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const d = await buildDossier(app.system, { regionCode: '11' })
  // 22:30 in Québec on 1 March is 2 March in UTC: it counts on 1 March.
  const out = await recordIntervention(ctx, d.id, { ...base, occurredAt: quebecInstant('2021-03-01', '22:30') })
  assert.equal(out.occurredOn, '2021-03-01')
  assert.equal(out.regionCode, '11')
  assert.equal(out.servicePointId, d.servicePointId)
  const [audit] = await queryRows<{ action: string; region_code: string }>(
    app.system.db,
    sql`select action, region_code from access.audit_events where entity_id = ${out.id}`,
  )
  assert.deepEqual(audit, { action: 'intervention.created', region_code: '11' })
})

test('the first meeting is the earliest one in person, by phone or video; an email is not a meeting', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const d = await buildDossier(app.system, { regionCode: '11' })
  await recordIntervention(ctx, d.id, { ...base, mode: 'email', occurredAt: quebecInstant('2021-03-01', '09:00') })
  assert.equal((await findDossier(app.system.db, d.id))!.firstMeetingOn, null)
  await recordIntervention(ctx, d.id, { ...base, mode: 'phone', occurredAt: quebecInstant('2021-03-05', '09:00') })
  assert.equal((await findDossier(app.system.db, d.id))!.firstMeetingOn, '2021-03-05')
  await recordIntervention(ctx, d.id, { ...base, mode: 'video', occurredAt: quebecInstant('2021-03-09', '09:00') })
  assert.equal((await findDossier(app.system.db, d.id))!.firstMeetingOn, '2021-03-05')
})

test('refuses a future date, a closed dossier, a service point outside the caller’s territory', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const d = await buildDossier(app.system, { regionCode: '11' })
  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000)
  await assert.rejects(recordIntervention(ctx, d.id, { ...base, occurredAt: tomorrow }), onField('occurredAt'))
  const elsewhere = await buildServicePoint(app.system, { regionCode: '01' })
  await assert.rejects(
    recordIntervention(ctx, d.id, { ...base, occurredAt: new Date(), servicePointId: elsewhere.id }),
    onField('servicePointId'),
  )
  const closed = await buildDossier(app.system, { regionCode: '11', status: 'closed' })
  await assert.rejects(
    recordIntervention(ctx, closed.id, { ...base, occurredAt: new Date() }),
    (e: unknown) => e instanceof AppError && e.code === 'DOSSIER_CLOSED',
  )
})

test('refuses a day before the person’s birth or more than a year before the dossier’s start', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const person = await buildPerson(app.system, { regionCode: '11', birthDate: '2020-09-01' })
  const d = await buildDossier(app.system, { regionCode: '11', personId: person.id, startsOn: '2021-11-20' })
  const dateMessage = (fr: RegExp, en: RegExp) => (e: unknown) =>
    e instanceof AppError && fr.test(e.fields?.occurredAt?.fr ?? '') && en.test(e.fields?.occurredAt?.en ?? '')
  const on = (day: string) => ({ ...base, occurredAt: quebecInstant(day, '10:00') })
  await assert.rejects(recordIntervention(ctx, d.id, on('2010-01-01')), dateMessage(/naissance/, /birth/))
  await assert.rejects(recordIntervention(ctx, d.id, on('2020-11-19')), dateMessage(/d’un an/, /one year/))
  assert.equal((await findDossier(app.system.db, d.id))!.firstMeetingOn, null, 'a refused date is no first meeting')
  const preDeparture = await recordIntervention(ctx, d.id, on('2020-11-20'))
  assert.equal(preDeparture.occurredOn, '2020-11-20', 'a contact up to a year before the arrival')
})

test('an intervention given from another service point of the territory counts in that point’s region', async () => {
  const { ctx } = await staffOf(app, 'agent', 'all')
  const d = await buildDossier(app.system, { regionCode: '11' })
  const sp = await buildServicePoint(app.system, { regionCode: '01' })
  const out = await recordIntervention(ctx, d.id, { ...base, occurredAt: new Date(), servicePointId: sp.id })
  assert.equal(out.regionCode, '01')
})

test('another region’s agent gets 404 for the list and for one intervention', async () => {
  const { ctx } = await staffOf(app, 'agent', 'region', '11')
  const other = await staffOf(app, 'agent', 'region', '01')
  const d = await buildDossier(app.system, { regionCode: '11' })
  const i = await recordIntervention(ctx, d.id, { ...base, occurredAt: new Date() })
  assert.equal((await listInterventions(ctx, d.id)).length, 1)
  assert.equal((await getInterventionOrThrow(ctx, i.id)).id, i.id)
  const notFound = (e: unknown) => e instanceof AppError && e.kind === 'not_found'
  await assert.rejects(listInterventions(other.ctx, d.id), notFound)
  await assert.rejects(getInterventionOrThrow(other.ctx, i.id), notFound)
  await assert.rejects(recordIntervention(other.ctx, d.id, { ...base, occurredAt: new Date() }), notFound)
})
