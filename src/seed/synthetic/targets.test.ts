import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { systemCtx } from '../../modules/access/index.js'
import { listTargetProgress, setTargets } from '../../modules/reports/index.js'
import { queryRows } from '../../platform/db/database.js'
import { resolveScope } from '../../server/scope-resolver.js'
import { loadSynthetic } from './load.js'
import { stubWorld } from './synthetic.fixtures.js'
import { syntheticFiscalYears, targetRows, targetValue } from './targets.js'

test('the synthetic fiscal years are those of the generated activity, 2018-2019 to 2026-2027', () => {
  assert.deepEqual(syntheticFiscalYears(), [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
})

test('a region gets four targets a year: counts by its weight, shares in basis points between 70 % and 90 %', () => {
  const world = stubWorld(42)
  const rows = targetRows(world, 0)
  assert.equal(rows.length, 9 * 4)
  // Three regions of equal weight: a third of the small scale's 2 000 persons, × 1.5 over 9 years.
  assert.equal(targetValue(world, 0, 2020, 'persons_accompanied'), Math.round(((2_000 / 3) * 1.5) / 9))
  assert.equal(targetValue(world, 0, 2020, 'enterprises_accompanied'), Math.round(((300 / 3) * 1.5) / 9))
  for (const [, , indicator, value] of rows)
    if (String(indicator).startsWith('first') || String(indicator).startsWith('referrals'))
      assert.ok(Number(value) >= 7000 && Number(value) <= 9000, `${indicator} ${value}`)
  assert.deepEqual(targetRows(stubWorld(42), 0), rows, 'the same seed gives the same targets')
  assert.equal(targetRows(world, 2, new Set(['11:2020'])).length, 8 * 4, 'a year already set is left out')
})

test('the small scale loads every region’s targets, leaving a year already set (the demo’s) as it is', async () => {
  const database = await createTestDatabase()
  const base = { db: database.db, now: () => new Date('2026-11-01T12:00:00Z'), resolveScope }
  const ctx = systemCtx(base, 'test')
  await setTargets(ctx, {
    regionCode: '11',
    fiscalYear: 2020,
    targets: [{ indicator: 'persons_accompanied', value: '7' }],
  })
  const summary = await loadSynthetic(base, database, { scale: 'small', seed: 42, referralExpiryWorkingDays: 10 })
  assert.equal(summary.counts.targets, 17 * 9 * 4 - 4)
  const [row] = await queryRows<{ n: number; regions: number }>(
    database.db,
    sql`select count(*)::int as n, count(distinct region_code)::int as regions from reports.targets`,
  )
  assert.deepEqual(row, { n: 17 * 9 * 4 - 3, regions: 17 })
  const [kept] = await listTargetProgress(ctx, { regionCode: '11', fiscalYear: 2020 })
  assert.deepEqual(
    kept!.indicators.map((i) => i.target),
    [7, null, null, null],
  )
  const [montreal] = await listTargetProgress(ctx, { regionCode: '06', fiscalYear: 2022 })
  for (const i of montreal!.indicators) {
    assert.ok(i.target !== null && i.target > 0, i.indicator)
    assert.ok(i.actual !== null && i.actual > 0, `${i.indicator} has an actual value at the small scale`)
  }
})
