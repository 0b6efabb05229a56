import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier } from '../../../../test/factories/people.js'
import { buildConsent, buildOrganization } from '../../../../test/factories/referrals.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { expireOverdueReferrals } from '../index.js'
import { referralEvents, referrals } from './referral.schema.js'
import { createReferral, transitionReferral } from './referral.service.js'

const app = await buildTestApp()
// Thursday 20 June 2024; Monday 24 June is the Fête nationale, a statutory holiday in Québec.
const sentAt = { ...app.system, now: new Date('2024-06-20T15:00:00Z') }
const settings = { referralExpiryWorkingDays: 3 }

async function sendOne() {
  const dossier = await buildDossier(app.system)
  await buildConsent(app.system, dossier.personId, 'referral_sharing')
  const org = await buildOrganization(app.system)
  const input = {
    dossierId: dossier.id,
    organizationId: org.id,
    serviceWanted: 'Francisation',
    needIds: [],
    stepIds: [],
    shareContact: false,
  }
  return createReferral(sentAt, input, settings)
}

const statusOf = async (id: string) =>
  (await app.system.db.select({ s: referrals.status }).from(referrals).where(eq(referrals.id, id)))[0]?.s

test('an answer is due three working days later, skipping the weekend and the Fête nationale', async () => {
  const { id } = await sendOne()
  const [row] = await app.system.db.select().from(referrals).where(eq(referrals.id, id))
  assert.equal(row?.answerDueOn, '2024-06-26', 'Fri 21, (Sat, Sun, holiday Mon 24), Tue 25, Wed 26')
})

test('expires referrals still waiting after their due day, with an event and an audit by the system', async () => {
  const waiting = await sendOne()
  const received = await sendOne()
  await transitionReferral(sentAt, received.id, { to: 'received' })
  const answered = await sendOne()
  await transitionReferral(sentAt, answered.id, { to: 'received' })
  await transitionReferral(sentAt, answered.id, { to: 'accepted' })

  const onDueDay = await expireOverdueReferrals(
    { ...app.system, now: new Date('2024-06-26T20:00:00Z') },
    { today: '2024-06-26' },
  )
  assert.equal(onDueDay, 0, 'the due day itself is still in time')
  const count = await expireOverdueReferrals(
    { ...app.system, now: new Date('2024-06-27T09:00:00Z') },
    { today: '2024-06-27' },
  )
  assert.ok(count >= 2)
  assert.equal(await statusOf(waiting.id), 'expired')
  assert.equal(await statusOf(received.id), 'expired')
  assert.equal(await statusOf(answered.id), 'accepted', 'an answered referral does not expire')
  const [event] = await app.system.db
    .select()
    .from(referralEvents)
    .where(and(eq(referralEvents.referralId, received.id), eq(referralEvents.toStatus, 'expired')))
  assert.equal(event?.fromStatus, 'received')
  assert.equal(event?.by, null)
  const audits = await app.system.db.select().from(auditEvents).where(eq(auditEvents.entityId, waiting.id))
  assert.ok(audits.some((a) => a.action === 'referral.expired' && a.actorUserId === null))
  assert.equal(await expireOverdueReferrals(app.system, { today: '2024-06-27' }), 0, 'nothing left to expire')
})
