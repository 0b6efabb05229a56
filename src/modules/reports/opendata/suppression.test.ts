import assert from 'node:assert/strict'
import { test } from 'node:test'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { Dataset } from './opendata.datasets.js'
import type { AggregateRow } from './opendata.queries.js'
import { ALL, QUEBEC, tableOf } from './opendata.table.js'
import { published, recoverableGroups, type SuppressionGroup, suppressTable } from './suppression.js'

const shown = (values: number[], groups: SuppressionGroup[]) => {
  const marks = suppressTable(values, groups)
  return values.map((v, i) => published(v, marks[i]!))
}

test('counts 1 to 4 are published "<5"; 0 and 5 or more are shown', () => {
  assert.deepEqual(shown([0, 1, 4, 5, 120], []), [0, '<5', '<5', 5, 120])
})

test('one suppressed cell in a group gets a second one: the smallest non-zero other cell, not the total', () => {
  // Regions 3, 0, 9, 7 and their total 19: without a second cell, 19 − 0 − 9 − 7 gives the 3 back.
  const groups = [{ cells: [0, 1, 2, 3], total: 4 }]
  assert.deepEqual(shown([3, 0, 9, 7, 19], groups), ['<5', 0, 9, 'x', 19])
})

test('two small cells in a group protect each other: nothing more is hidden', () => {
  const groups = [{ cells: [0, 1, 2], total: 3 }]
  assert.deepEqual(shown([2, 3, 40, 45], groups), ['<5', '<5', 40, 45])
})

test('a complementary pick that leaves another group with a lone hidden cell propagates', () => {
  // A 2 × 3 table with row totals, column totals and a grand total, laid out row by row:
  //   [ 2  6 10 | 18 ]      indices 0 1 2 | 3
  //   [ 8  7 30 | 45 ]      indices 4 5 6 | 7
  //   [10 13 40 | 63 ]      indices 8 9 10 | 11
  const values = [2, 6, 10, 18, 8, 7, 30, 45, 10, 13, 40, 63]
  const groups: SuppressionGroup[] = [
    { cells: [0, 1, 2], total: 3 },
    { cells: [4, 5, 6], total: 7 },
    { cells: [8, 9, 10], total: 11 },
    { cells: [0, 4], total: 8 },
    { cells: [1, 5], total: 9 },
    { cells: [2, 6], total: 10 },
    { cells: [3, 7], total: 11 },
  ]
  const out = shown(values, groups)
  // Row 1 hides the 6 beside the 2; column 1 (2 | 8) then hides the 8; column 2 (6 | 7) the 7: row 2 has two.
  assert.deepEqual(out.slice(0, 8), ['<5', 'x', 10, 18, 'x', 'x', 30, 45])
  assert.deepEqual(recoverableGroups(groups, values, suppressTable(values, groups)), [])
})

test('a "<5" and an "x" that the total pins to 1 and 5 get a third hidden cell', () => {
  const groups = [{ cells: [0, 1, 2], total: 3 }]
  assert.deepEqual(shown([1, 5, 9, 15], groups), ['<5', 'x', 'x', 15])
  assert.deepEqual(shown([2, 5, 9, 16], groups), ['<5', 'x', 9, 16])
})

test('a total is hidden when no other cell can be: a lone non-zero cell beside zeros', () => {
  const groups = [{ cells: [0, 1, 2], total: 3 }]
  assert.deepEqual(shown([0, 3, 0, 3], groups), [0, '<5', 0, '<5'])
  // A total that does not add up (distinct persons across regions): the lone cell's group hides the total.
  assert.deepEqual(shown([0, 3, 0, 6], groups), [0, '<5', 0, 'x'])
})

test('property: random one-dimensional groups with their sum leave nothing recoverable', () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const rng = xoroshiro128plus(seed)
    const size = uniformInt(rng, 1, 8)
    const cells = Array.from(
      { length: size },
      () => [0, uniformInt(rng, 1, 4), uniformInt(rng, 5, 12)][uniformInt(rng, 0, 2)]!,
    )
    const values = [...cells, cells.reduce((a, b) => a + b, 0)]
    const groups = [{ cells: cells.map((_, i) => i), total: size }]
    const marks = suppressTable(values, groups)
    assert.deepEqual(recoverableGroups(groups, values, marks), [], `seed ${seed}: ${values} → ${marks}`)
    values.forEach((v, i) => {
      assert.ok(!(marks[i] === null && v >= 1 && v <= 4), `seed ${seed}: ${v} published`)
    })
  }
})

// Property: random two-dimensional tables (regions × kinds, totals both ways) through the real table builder.
const dataset: Dataset = {
  name: 'test',
  title: { fr: 't', en: 't' },
  description: { fr: 't', en: 't' },
  source: { fr: 't', en: 't' },
  second: 'kinds',
  measures: [
    {
      name: 'n',
      type: 'integer',
      unit: { fr: '', en: '' },
      label: { fr: '', en: '' },
      definition: { fr: '', en: '' },
      suppressed: true,
    },
  ],
  query: async () => [],
}

function randomAggregates(seed: number) {
  const rng = xoroshiro128plus(seed)
  const regionCount = uniformInt(rng, 1, 6)
  const kindCount = uniformInt(rng, 1, 5)
  const member = (code: string) => ({ code, nameFr: code, nameEn: code })
  const regions = Array.from({ length: regionCount }, (_, i) => member(`R${i}`))
  const kinds = Array.from({ length: kindCount }, (_, i) => member(`K${i}`))
  const draw = () =>
    [0, 0, uniformInt(rng, 1, 4), uniformInt(rng, 1, 4), uniformInt(rng, 5, 60)][uniformInt(rng, 0, 4)]!
  const cells = regions.map(() => kinds.map(() => draw()))
  const rows: AggregateRow[] = []
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  regions.forEach((r, i) => {
    kinds.forEach((k, j) => {
      rows.push({ fy: 2020, region: r.code, key: k.code, values: { n: cells[i]![j]! } })
    })
    rows.push({ fy: 2020, region: r.code, key: null, values: { n: sum(cells[i]!) } })
  })
  kinds.forEach((k, j) => {
    rows.push({ fy: 2020, region: null, key: k.code, values: { n: sum(cells.map((c) => c[j]!)) } })
  })
  rows.push({ fy: 2020, region: null, key: null, values: { n: sum(cells.flat()) } })
  return { members: { regions, programs: [], kinds }, rows }
}

test('property: in random tables no published count is 1 to 4 and no hidden count is recoverable', () => {
  for (let seed = 1; seed <= 500; seed++) {
    const { members, rows } = randomAggregates(seed)
    const table = tableOf(dataset, { from: 2020, to: 2020 }, members, rows)
    const values = table.rows.map((r) => r.n)
    for (const v of values) assert.ok(typeof v !== 'number' || v === 0 || v >= 5, `seed ${seed}: ${v} published`)
    const hidden = (rs: typeof table.rows) => rs.filter((r) => typeof r.n === 'string').length
    const regionCodes = [...members.regions.map((r) => r.code), QUEBEC.code]
    const kindCodes = [...members.kinds.map((k) => k.code), ALL]
    for (const region of regionCodes) {
      const line = table.rows.filter((r) => r.code_region === region)
      assert.notEqual(hidden(line), 1, `seed ${seed}: region ${region} has a lone hidden count`)
    }
    for (const kind of kindCodes) {
      const column = table.rows.filter((r) => r.code_type_action === kind)
      assert.notEqual(hidden(column), 1, `seed ${seed}: kind ${kind} has a lone hidden count`)
    }
  }
})
