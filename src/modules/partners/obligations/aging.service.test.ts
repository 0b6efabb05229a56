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
import { bucketOf, getAging, getFollowUp } from './aging.service.js'

const app = await buildTestApp()

test('bucketOf: 1–30, 31–60, 61–90, more than 90 days late', () => {
  assert.deepEqual([0, 1, 30, 31, 60, 61, 90, 91, 400].map(bucketOf), [
    null,
    '1-30',
    '1-30',
    '31-60',
    '31-60',
    '61-90',
    '61-90',
    '90+',
    '90+',
  ])
})

test('aging of a region on today’s Québec date: days late, buckets with counts and amounts, due within 30 days', async () => {
  const { ctx: director } = await staffOf(app, 'director', 'region', '05')
  // 2021-06-16 00:30 UTC is still June 15 in Québec.
  const ctx = { ...director, now: new Date('2021-06-16T00:30:00Z') }
  const org = await buildOrganization(app.system, { regionCode: '05', name: 'Estrie', city: 'Sherbrooke' })
  const a = await buildAgreement(app.system, org)
  const other = await buildAgreement(app.system, await buildOrganization(app.system, { regionCode: '06' }))
  for (const [dueOn, status] of [
    ['2021-06-14', 'due'],
    ['2021-05-15', 'due'],
    ['2021-04-01', 'due'],
    ['2021-01-01', 'due'],
    ['2021-03-01', 'returned'],
    ['2021-01-02', 'accepted'],
    ['2021-02-01', 'received'],
    ['2021-07-01', 'due'],
    ['2021-08-01', 'due'],
  ] as const) {
    await buildDeliverable(app.system, a.id, { dueOn, status, title: `${status} ${dueOn}` })
  }
  await buildDeliverable(app.system, other.id, { dueOn: '2021-01-01' })
  const draft = await buildAgreement(app.system, org, { status: 'preparation', signedOn: null })
  await buildDeliverable(app.system, draft.id, { dueOn: '2021-01-01' })
  await buildInstalment(app.system, draft.id, { plannedOn: '2021-01-01' })
  // A terminated agreement owes and pays nothing more: its open items are not overdue.
  const ended = await buildAgreement(app.system, org, { status: 'terminated' })
  await buildDeliverable(app.system, ended.id, { dueOn: '2021-02-01' })
  await buildInstalment(app.system, ended.id, { plannedOn: '2021-02-01' })
  await buildInstalment(app.system, a.id, { number: 1, plannedOn: '2021-06-01', amountCents: 2_000_000 })
  await buildInstalment(app.system, a.id, { number: 2, plannedOn: '2021-02-01', amountCents: 1_000_000 })
  await buildInstalment(app.system, a.id, {
    number: 3,
    plannedOn: '2021-03-01',
    amountCents: 500_000,
    paidOn: '2021-03-02',
  })
  await buildInstalment(app.system, a.id, { number: 4, plannedOn: '2021-06-20', amountCents: 700_000 })
  await buildInstalment(app.system, other.id, { number: 1, plannedOn: '2021-01-01' })

  const aging = await getAging(ctx)
  assert.equal(aging.today, '2021-06-15')
  assert.deepEqual(
    aging.overdueDeliverables.map((d) => [d.dueOn, d.daysLate, d.bucket]),
    [
      ['2021-01-01', 165, '90+'],
      ['2021-03-01', 106, '90+'],
      ['2021-04-01', 75, '61-90'],
      ['2021-05-15', 31, '31-60'],
      ['2021-06-14', 1, '1-30'],
    ],
  )
  assert.deepEqual(
    aging.deliverableBuckets.map((b) => [b.bucket, b.count]),
    [
      ['1-30', 1],
      ['31-60', 1],
      ['61-90', 1],
      ['90+', 2],
    ],
  )
  assert.deepEqual(
    aging.instalmentBuckets.map((b) => [b.bucket, b.count, b.amountCents]),
    [
      ['1-30', 1, 2_000_000],
      ['31-60', 0, 0],
      ['61-90', 0, 0],
      ['90+', 1, 1_000_000],
    ],
  )
  assert.deepEqual(
    aging.dueSoonDeliverables.map((d) => d.dueOn),
    ['2021-07-01'],
  )
  assert.deepEqual(
    aging.dueSoonInstalments.map((i) => [i.number, i.amountCents]),
    [[4, 700_000]],
  )
  assert.ok(aging.overdueDeliverables.every((d) => d.reference === a.reference && d.organizationName === 'Estrie'))

  // The director's home: counts and the first items, instalments to pay within 7 days or overdue.
  const followUp = await getFollowUp(ctx, 2)
  assert.equal(followUp.overdueDeliverables.total, 5)
  assert.deepEqual(
    followUp.overdueDeliverables.first.map((d) => d.dueOn),
    ['2021-01-01', '2021-03-01'],
  )
  assert.equal(followUp.dueSoonDeliverables.total, 1)
  assert.equal(followUp.instalmentsToPay.total, 3)
  assert.deepEqual(
    followUp.instalmentsToPay.first.map((i) => i.number),
    [2, 1],
  )
})
