import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { countActiveServicePointsByRegion } from './service-point.queries.js'

const app = await buildTestApp()

before(async () => {
  await buildServicePoint(app.system, { regionCode: '11' })
  await buildServicePoint(app.system, { regionCode: '11' })
  await buildServicePoint(app.system, { regionCode: '11', validFrom: '2019-01-01', validTo: '2021-01-01' })
  await buildServicePoint(app.system, { regionCode: '11', validFrom: '2030-01-01' })
  await buildServicePoint(app.system, { regionCode: '09' })
})

test('counts the service points in force on a date by region, leaving out regions with none', async () => {
  const counts = await countActiveServicePointsByRegion(app.system.db, '2026-06-15')
  assert.deepEqual(
    [...counts].sort(([a], [b]) => a.localeCompare(b)),
    [
      ['09', 1],
      ['11', 2],
    ],
  )
  assert.equal(counts.has('06'), false)
})

test('a closed service point counts until its end date (exclusive), a future one from its start date', async () => {
  assert.equal((await countActiveServicePointsByRegion(app.system.db, '2020-12-31')).get('11'), 3)
  assert.equal((await countActiveServicePointsByRegion(app.system.db, '2021-01-01')).get('11'), 2)
  assert.equal((await countActiveServicePointsByRegion(app.system.db, '2030-01-01')).get('11'), 3)
  assert.deepEqual([...(await countActiveServicePointsByRegion(app.system.db, '2019-06-01'))], [['11', 1]])
})
