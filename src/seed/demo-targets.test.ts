import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTestDatabase } from '../../test/db.js'
import { systemCtx } from '../modules/access/index.js'
import { listTargetProgress } from '../modules/reports/index.js'
import { resolveScope } from '../server/scope-resolver.js'
import { loadDemo } from './demo.js'

// The demo region's targets as loaded, and the actual figures the demo data gives (computed once, written here).
const database = await createTestDatabase()
const base = { db: database.db, now: () => new Date('2026-11-27T15:00:00Z'), resolveScope }
await loadDemo(base)
const ctx = systemCtx(base, 'test')

type Line = [
  indicator: string,
  target: number | null,
  actual: number | null,
  fraction: string | null,
  reached: boolean | null,
]

async function linesOf(fiscalYear: number): Promise<Line[]> {
  const [region] = await listTargetProgress(ctx, { regionCode: '11', fiscalYear })
  return region!.indicators.map((i) => [
    i.indicator,
    i.target,
    i.actual,
    i.denominator === null ? null : `${i.numerator}/${i.denominator}`,
    i.reached,
  ])
}

test('fiscal year 2019-2020: targets 30, 8, 80 %, 70 % against 32 persons, 11 enterprises, 28/33, 4/7', async () => {
  assert.deepEqual(await linesOf(2019), [
    ['persons_accompanied', 30, 32, null, true],
    ['enterprises_accompanied', 8, 11, null, true],
    ['first_meeting_within_5_days', 80, 84.8, '28/33', true],
    ['referrals_closed_with_outcome', 70, 57.1, '4/7', false],
  ])
})

test('fiscal year 2020-2021: targets 45, 12, 85 %, 75 % against 50 persons, 12 enterprises, 38/44, 8/11', async () => {
  assert.deepEqual(await linesOf(2020), [
    ['persons_accompanied', 45, 50, null, true],
    ['enterprises_accompanied', 12, 12, null, true],
    ['first_meeting_within_5_days', 85, 86.4, '38/44', true],
    ['referrals_closed_with_outcome', 75, 72.7, '8/11', false],
  ])
})

test('fiscal year 2021-2022 (the demo’s activity ends in mid-2021): targets 50, 14, 87,5 %, 80 %', async () => {
  assert.deepEqual(await linesOf(2021), [
    ['persons_accompanied', 50, 16, null, false],
    ['enterprises_accompanied', 14, 4, null, false],
    ['first_meeting_within_5_days', 87.5, 90.9, '10/11', true],
    ['referrals_closed_with_outcome', 80, 33.3, '1/3', false],
  ])
})

test('no targets outside the demo’s fiscal years', async () => {
  assert.deepEqual(
    (await linesOf(2022)).map(([indicator, target]) => [indicator, target]),
    [
      ['persons_accompanied', null],
      ['enterprises_accompanied', null],
      ['first_meeting_within_5_days', null],
      ['referrals_closed_with_outcome', null],
    ],
  )
})
