import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import {
  committedAmountsByProgramAndYear,
  countAgreementsInForce,
  listAgreementsInForce,
} from './agreements-in-force.queries.js'

const app = await buildTestApp()
// The Bilan's period; each test uses its own region so the counts are its own.
const FROM = '2019-08-01'
const TO = '2021-06-30'

test('counts the signed agreements whose period overlaps the reporting period, and no other', async () => {
  const org = await buildOrganization(app.system, { regionCode: '08' })
  const counted = [
    await buildAgreement(app.system, org, { title: 'Dans la période' }),
    // Overlapping by one day at each end.
    await buildAgreement(app.system, org, {
      startOn: '2018-08-01',
      endOn: FROM,
      signedOn: '2018-07-01',
      amounts: { 2018: 100, 2019: 100 },
    }),
    await buildAgreement(app.system, org, { startOn: TO, endOn: '2022-03-31', signedOn: TO, amounts: { 2021: 100 } }),
    // Terminated inside the period: it counted until then.
    await buildAgreement(app.system, org, { status: 'terminated', terminatedOn: '2020-06-01' }),
  ]
  // Not counted: signed after the period, in preparation, ended before, terminated before the period.
  await buildAgreement(app.system, org, { signedOn: '2021-07-01', title: 'Signée après' })
  await buildAgreement(app.system, org, { status: 'preparation', signedOn: null })
  await buildAgreement(app.system, org, {
    startOn: '2017-04-01',
    endOn: '2019-07-31',
    signedOn: '2017-03-01',
    amounts: { 2017: 1, 2018: 1, 2019: 1 },
  })
  await buildAgreement(app.system, org, {
    startOn: '2018-04-01',
    endOn: '2021-03-31',
    signedOn: '2018-03-01',
    status: 'terminated',
    terminatedOn: '2019-07-31',
    amounts: { 2018: 1, 2019: 1, 2020: 1 },
  })
  assert.equal(await countAgreementsInForce(app.system.db, ['08'], FROM, TO), 4)
  const listed = await listAgreementsInForce(app.system.db, ['08'], FROM, TO)
  assert.deepEqual(listed.map((a) => a.id).sort(), counted.map((a) => a.id).sort())
  assert.equal(listed[0]!.organizationName, org.name)
  assert.equal(await countAgreementsInForce(app.system.db, ['07'], FROM, TO), 0)
  assert.equal(await countAgreementsInForce(app.system.db, [], FROM, TO), 0)
})

test('committed amounts: the yearly amounts of the agreements in force, by program and fiscal year of the period', async () => {
  const org = await buildOrganization(app.system, { regionCode: '06' })
  await buildAgreement(app.system, org, { amounts: { 2020: 1_000, 2021: 2_000 } })
  await buildAgreement(app.system, org, { programCode: 'PASI', amounts: { 2020: 500, 2021: 500 } })
  await buildAgreement(app.system, org, {
    startOn: '2021-04-01',
    endOn: '2023-03-31',
    signedOn: '2021-03-01',
    amounts: { 2021: 10, 2022: 99 },
  })
  await buildAgreement(app.system, org, { status: 'preparation', signedOn: null, amounts: { 2020: 7 } })
  const amounts = await committedAmountsByProgramAndYear(app.system.db, ['06'], FROM, TO)
  assert.deepEqual(amounts, [
    { programCode: 'PAC', fiscalYear: 2020, amountCents: 1_000 },
    { programCode: 'PAC', fiscalYear: 2021, amountCents: 2_010 },
    { programCode: 'PASI', fiscalYear: 2020, amountCents: 500 },
    { programCode: 'PASI', fiscalYear: 2021, amountCents: 500 },
  ])
})
