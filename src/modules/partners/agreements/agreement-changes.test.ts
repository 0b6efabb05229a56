import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { AppError } from '../../../platform/errors.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { addAmendment, changeAgreementStatus, rethrowAmendmentRace } from './agreement-changes.service.js'
import { agreementEvents, amendments } from './agreement.schema.js'

// Concurrent changes of one agreement: the row lock serializes them, so the second reads what the first wrote.

const app = await buildTestApp()
const { ctx: director } = await staffOf(app, 'director', 'region', '11')

test('two concurrent terminations: one succeeds, the other is a conflict, and one event is recorded', async () => {
  const org = await buildOrganization(app.system)
  const a = await buildAgreement(app.system, org)
  const move = () => changeAgreementStatus(director, a.id, { to: 'terminated', on: '2021-01-15', reason: 'Fermeture' })
  const results = await Promise.allSettled([move(), move()])
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1)
  const refused = results.find((r) => r.status === 'rejected')
  assert.ok(refused?.reason instanceof AppError)
  assert.equal(refused.reason.kind, 'conflict')
  const events = await app.system.db.select().from(agreementEvents).where(eq(agreementEvents.agreementId, a.id))
  assert.equal(events.filter((e) => e.toStatus === 'terminated').length, 1)
})

test('two concurrent amendments are numbered 1 and 2, never a 500', async () => {
  const org = await buildOrganization(app.system)
  const a = await buildAgreement(app.system, org)
  const amend = (summary: string) => addAmendment(director, a.id, { signedOn: '2020-09-01', summary })
  await Promise.all([amend('Premier'), amend('Second')])
  const rows = await app.system.db.select().from(amendments).where(eq(amendments.agreementId, a.id))
  assert.deepEqual(rows.map((r) => r.number).sort(), [1, 2])
})

test('a unique violation of the amendment number is a 409 conflict; any other error passes through', () => {
  const race = Object.assign(new Error('duplicate key'), { code: '23505' })
  assert.throws(
    () => rethrowAmendmentRace(new Error('wrapped', { cause: race })),
    (e) => e instanceof AppError && e.kind === 'conflict' && e.code === 'AMENDMENT_NUMBER_TAKEN',
  )
  const other = new Error('boom')
  assert.throws(
    () => rethrowAmendmentRace(other),
    (e) => e === other,
  )
})
