import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import {
  buildAgreement,
  buildDeliverable,
  buildInstalment,
  buildOrganization,
} from '../../../../test/factories/partners.js'
import { AppError } from '../../../platform/errors.js'
import {
  addDeliverable,
  recordDeliverableReceived,
  removeDeliverable,
  reviewDeliverable,
} from './deliverable.service.js'
import { cancelPayment, getSchedule, markInstalmentPaid, replaceSchedule } from './instalment.service.js'

const app = await buildTestApp()
const director = await staffOf(app, 'director', 'region', '11')
const otherDirector = await staffOf(app, 'director', 'region', '09')

const rejects = (promise: Promise<unknown>, kind: string, field?: string, text?: RegExp) =>
  assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof AppError, String(e))
    assert.equal(e.kind, kind, `${e.code} ${JSON.stringify(e.fields)}`)
    if (field) {
      const message = e.fields?.[field]
      assert.ok(message?.fr && message.en, `message on ${field}: ${JSON.stringify(e.fields)}`)
      if (text) assert.match(`${message.fr} | ${message.en}`, text)
    }
    return true
  })

async function agreement() {
  const org = await buildOrganization(app.system)
  return buildAgreement(app.system, org) // 2020-04-01 … 2022-03-31, 100 000 $
}

const half = (plannedOn: string) => ({ plannedOn, amountCents: 5_000_000 })

test('a schedule that adds up to the total within the period is saved, numbered in order', async () => {
  const a = await agreement()
  const saved = await replaceSchedule(director.ctx, a.id, [
    { ...half('2020-05-01'), condition: 'Signature' },
    half('2021-05-01'),
  ])
  assert.deepEqual(
    saved.instalments.map((i) => [i.number, i.plannedOn, i.amountCents, i.status]),
    [
      [1, '2020-05-01', 5_000_000, 'overdue'],
      [2, '2021-05-01', 5_000_000, 'overdue'],
    ],
  )
  assert.equal(saved.scheduledCents, 10_000_000)
})

test('bad schedules answer 400 with a message in both languages', async () => {
  const a = await agreement()
  await rejects(
    replaceSchedule(director.ctx, a.id, [{ plannedOn: '2020-05-01', amountCents: 4_500_000 }]),
    'invalid',
    'instalments',
    /Les versements totalisent 45\s000,00\s\$ ; l’entente prévoit 100\s000,00\s\$/,
  )
  await rejects(
    replaceSchedule(director.ctx, a.id, [half('2020-05-01'), half('2022-04-01')]),
    'invalid',
    'instalments.1.plannedOn',
    /a payment after the agreement ends/,
  )
  await rejects(
    replaceSchedule(director.ctx, a.id, [half('2020-03-01'), half('2021-05-01')]),
    'invalid',
    'instalments.0.plannedOn',
  )
  const other = await agreement()
  const foreign = await buildDeliverable(app.system, other.id)
  await rejects(
    replaceSchedule(director.ctx, a.id, [{ ...half('2020-05-01'), deliverableId: foreign.id }, half('2021-05-01')]),
    'invalid',
    'instalments.0.deliverableId',
  )
})

test('a paid instalment can be neither removed nor changed', async () => {
  const a = await agreement()
  const paid = await buildInstalment(app.system, a.id, { ...half('2020-05-01'), paidOn: '2020-05-02' })
  await buildInstalment(app.system, a.id, { ...half('2021-05-01'), number: 2 })
  await rejects(
    replaceSchedule(director.ctx, a.id, [half('2020-06-01'), half('2021-05-01')]),
    'invalid',
    'instalments.0',
  )
  const saved = await replaceSchedule(director.ctx, a.id, [
    half('2020-05-01'),
    { plannedOn: '2021-05-01', amountCents: 2_500_000 },
    { plannedOn: '2021-09-01', amountCents: 2_500_000 },
  ])
  assert.equal(saved.instalments[0]!.id, paid.id)
  assert.equal(saved.instalments[0]!.paidOn, '2020-05-02')
  assert.equal(saved.paidCents, 5_000_000)
  assert.equal(saved.instalments.length, 3)
})

test('paying: dates within the agreement and not in the future, the condition accepted, once; then undone', async () => {
  const a = await agreement()
  const report = await buildDeliverable(app.system, a.id)
  const i = await buildInstalment(app.system, a.id, { deliverableId: report.id })
  await rejects(
    markInstalmentPaid(director.ctx, a.id, i.id, '2022-04-01'),
    'invalid',
    'paidOn',
    /after the agreement ends/,
  )
  await rejects(markInstalmentPaid(director.ctx, a.id, i.id, '2020-03-31'), 'invalid', 'paidOn')
  await rejects(markInstalmentPaid(director.ctx, a.id, i.id, '2199-01-01'), 'invalid', 'paidOn', /future/)
  await rejects(markInstalmentPaid(director.ctx, a.id, i.id, '2020-06-01'), 'conflict', 'paidOn', /livrable/)
  await recordDeliverableReceived(director.ctx, a.id, report.id, '2020-05-20')
  await reviewDeliverable(director.ctx, a.id, report.id, { decision: 'accepted' })
  const paid = await markInstalmentPaid(director.ctx, a.id, i.id, '2020-06-01')
  assert.equal(paid.status, 'paid')
  await rejects(markInstalmentPaid(director.ctx, a.id, i.id, '2020-06-02'), 'conflict')
  const undone = await cancelPayment(director.ctx, a.id, i.id)
  assert.equal(undone.paidOn, null)
  await rejects(cancelPayment(director.ctx, a.id, i.id), 'conflict')
})

test('another region answers 404; agents and advisors may not write', async () => {
  const a = await agreement()
  const i = await buildInstalment(app.system, a.id)
  const d = await buildDeliverable(app.system, a.id)
  await rejects(getSchedule(otherDirector.ctx, a.id), 'not_found')
  await rejects(replaceSchedule(otherDirector.ctx, a.id, [half('2020-05-01'), half('2021-05-01')]), 'not_found')
  await rejects(markInstalmentPaid(otherDirector.ctx, a.id, i.id, '2020-06-01'), 'not_found')
  await rejects(recordDeliverableReceived(otherDirector.ctx, a.id, d.id, '2020-06-01'), 'not_found')
  for (const role of ['agent', 'advisor'] as const) {
    const staff = await staffOf(app, role, 'region', '11')
    assert.equal((await getSchedule(staff.ctx, a.id)).instalments.length, 1, `${role} reads`)
    await rejects(markInstalmentPaid(staff.ctx, a.id, i.id, '2020-06-01'), 'forbidden')
    await rejects(addDeliverable(staff.ctx, a.id, { kind: 'other', title: 'X', dueOn: '2021-01-01' }), 'forbidden')
  }
})

test('deliverables: due up to six months after the end; received → returned (with a comment) → received → accepted', async () => {
  const a = await agreement()
  await rejects(
    addDeliverable(director.ctx, a.id, { kind: 'final_activity_report', title: 'Bilan', dueOn: '2022-10-01' }),
    'invalid',
    'dueOn',
  )
  const d = await addDeliverable(director.ctx, a.id, {
    kind: 'final_activity_report',
    title: 'Bilan',
    dueOn: '2022-09-30',
  })
  await rejects(reviewDeliverable(director.ctx, a.id, d.id, { decision: 'accepted' }), 'conflict')
  await recordDeliverableReceived(director.ctx, a.id, d.id, '2021-06-01')
  await rejects(removeDeliverable(director.ctx, a.id, d.id), 'conflict')
  await rejects(reviewDeliverable(director.ctx, a.id, d.id, { decision: 'returned' }), 'invalid', 'comment')
  const back = await reviewDeliverable(director.ctx, a.id, d.id, {
    decision: 'returned',
    comment: 'Il manque les chiffres.',
  })
  assert.equal(back.status, 'returned')
  assert.equal(back.reviewComment, 'Il manque les chiffres.')
  await recordDeliverableReceived(director.ctx, a.id, d.id, '2021-06-10')
  const ok = await reviewDeliverable(director.ctx, a.id, d.id, { decision: 'accepted' })
  assert.equal(ok.status, 'accepted')
  await rejects(recordDeliverableReceived(director.ctx, a.id, d.id, '2021-06-11'), 'conflict')
  const spare = await addDeliverable(director.ctx, a.id, { kind: 'other', title: 'Photo', dueOn: '2021-01-01' })
  await removeDeliverable(director.ctx, a.id, spare.id)
})

test('an instalment or a deliverable named under another agreement is not found; a deliverable a payment waits on stays', async () => {
  const a = await agreement()
  const b = await agreement()
  const report = await buildDeliverable(app.system, a.id)
  const i = await buildInstalment(app.system, a.id, { deliverableId: report.id })
  await rejects(markInstalmentPaid(director.ctx, b.id, i.id, '2020-06-01'), 'not_found')
  await rejects(cancelPayment(director.ctx, b.id, i.id), 'not_found')
  await rejects(recordDeliverableReceived(director.ctx, b.id, report.id, '2020-06-01'), 'not_found')
  await rejects(reviewDeliverable(director.ctx, b.id, report.id, { decision: 'accepted' }), 'not_found')
  await rejects(removeDeliverable(director.ctx, b.id, report.id), 'not_found')
  await rejects(removeDeliverable(director.ctx, a.id, report.id), 'conflict', 'status', /versement 1/)
})
