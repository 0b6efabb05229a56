import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../test/factories/employers.js'
import { countEnterprisesAccompanied, listEnterprisesAccompanied } from '../index.js'

const app = await buildTestApp()
const db = app.system.db
const from = '2019-08-01'
const to = '2021-06-30'

// Each test uses its own region so their enterprises never mix.
test('counts an enterprise when one of its services is dated in the period, both ends included', async () => {
  const cases: [string, boolean][] = [
    ['2019-07-31', false], // the day before the period
    ['2019-08-01', true], // its first day
    ['2020-06-15', true], // inside
    ['2021-06-30', true], // its last day
    ['2021-07-01', false], // the day after
  ]
  const counted: string[] = []
  for (const [servedOn, inside] of cases) {
    const enterprise = await buildEnterprise(app.system, { regionCode: '02', mrcCode: null, city: 'Alma' })
    await buildAdvisorService(app.system, enterprise, { servedOn })
    if (inside) counted.push(enterprise.id)
  }
  assert.equal(await countEnterprisesAccompanied(db, ['02'], from, to), 3)
  assert.deepEqual(await listEnterprisesAccompanied(db, { regionCodes: ['02'], from, to }), counted.sort())
})

test('counts an enterprise once however many services it received in the period', async () => {
  const enterprise = await buildEnterprise(app.system, { regionCode: '03', mrcCode: null, city: 'Québec' })
  await buildAdvisorService(app.system, enterprise, { servedOn: '2019-09-01' })
  await buildAdvisorService(app.system, enterprise, { servedOn: '2020-09-01', kind: 'recruitment_strategy' })
  await buildAdvisorService(app.system, enterprise, { servedOn: '2022-01-01' })
  assert.equal(await countEnterprisesAccompanied(db, ['03'], from, to), 1)
  assert.deepEqual(await listEnterprisesAccompanied(db, { regionCodes: ['03'], from, to }), [enterprise.id])
})

test('counts an enterprise in its own region only', async () => {
  const enterprise = await buildEnterprise(app.system, { regionCode: '04', mrcCode: null, city: 'Shawinigan' })
  await buildAdvisorService(app.system, enterprise, { servedOn: '2020-01-15' })
  const table: [readonly string[] | 'all', boolean][] = [
    [['04'], true],
    [['05'], false],
    [['04', '05'], true],
    [[], false],
    ['all', true],
  ]
  for (const [regionCodes, listed] of table) {
    const ids = await listEnterprisesAccompanied(db, { regionCodes, from, to })
    assert.equal(ids.includes(enterprise.id), listed, `regions ${String(regionCodes)}`)
  }
  assert.equal(await countEnterprisesAccompanied(db, ['05'], from, to), 0)
})

test('does not count an enterprise that received no service', async () => {
  await buildEnterprise(app.system, { regionCode: '06', mrcCode: null, city: 'Montréal' })
  assert.equal(await countEnterprisesAccompanied(db, ['06'], from, to), 0)
  assert.deepEqual(await listEnterprisesAccompanied(db, { regionCodes: ['06'], from, to }), [])
})
