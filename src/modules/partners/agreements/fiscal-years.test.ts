import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  daysByFiscalYear,
  daysBetween,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearsOf,
  splitByFiscalYear,
} from './fiscal-years.js'

test('a date falls in the fiscal year that started on the April 1 before it', () => {
  const cases: [string, number][] = [
    ['2019-04-01', 2019],
    ['2019-12-31', 2019],
    ['2020-01-01', 2019],
    ['2020-03-31', 2019],
    ['2020-04-01', 2020],
    ['2020-02-29', 2019],
  ]
  for (const [date, year] of cases) assert.equal(fiscalYearOf(date), year, date)
})

test('a period lists every fiscal year it touches, in order', () => {
  assert.deepEqual(fiscalYearsOf('2019-04-01', '2020-03-31'), [2019])
  assert.deepEqual(fiscalYearsOf('2019-08-01', '2021-06-30'), [2019, 2020, 2021])
  assert.deepEqual(fiscalYearsOf('2020-03-31', '2020-04-01'), [2019, 2020])
  assert.deepEqual(fiscalYearsOf('2020-05-05', '2020-05-05'), [2020])
  assert.deepEqual(fiscalYearsOf('2021-01-01', '2020-01-01'), [])
  assert.equal(fiscalYearsOf('2019-04-01', '2022-04-01').length, 4)
})

test('a fiscal year is written with both calendar years', () => {
  assert.equal(fiscalYearLabel(2019), '2019-2020')
})

test('days are counted inclusively, leap days included', () => {
  assert.equal(daysBetween('2020-01-01', '2020-01-01'), 1)
  assert.equal(daysBetween('2019-04-01', '2020-03-31'), 366) // 2020-02-29 falls in fiscal year 2019
  assert.equal(daysBetween('2020-04-01', '2021-03-31'), 365)
  assert.deepEqual(daysByFiscalYear('2020-03-31', '2020-04-01'), [
    { fiscalYear: 2019, days: 1 },
    { fiscalYear: 2020, days: 1 },
  ])
})

test('a one-day period puts the whole total on its fiscal year', () => {
  assert.deepEqual(splitByFiscalYear(123_456, '2020-07-01', '2020-07-01'), [{ fiscalYear: 2020, amountCents: 123_456 }])
})

test('whole fiscal years split by their days: the leap year weighs one day more', () => {
  const parts = splitByFiscalYear(10_000_000, '2019-04-01', '2021-03-31')
  // 366 days in 2019-2020, 365 in 2020-2021.
  assert.deepEqual(parts, [
    { fiscalYear: 2019, amountCents: 5_006_839 },
    { fiscalYear: 2020, amountCents: 4_993_161 },
  ])
})

test('a period over three fiscal years splits in proportion, in exact cents, the remainder on the last year', () => {
  const parts = splitByFiscalYear(100_000_01, '2019-08-01', '2021-06-30')
  assert.deepEqual(
    parts.map((p) => p.fiscalYear),
    [2019, 2020, 2021],
  )
  assert.equal(
    parts.reduce((s, p) => s + p.amountCents, 0),
    100_000_01,
  )
  // 244, 365 and 91 days of 700.
  assert.equal(parts[0]!.amountCents, Math.floor((100_000_01 * 244) / 700))
  assert.equal(parts[1]!.amountCents, Math.floor((100_000_01 * 365) / 700))
})

test('a total that does not divide evenly still adds up, and zero splits to zeros', () => {
  const parts = splitByFiscalYear(1, '2019-04-01', '2021-03-31')
  assert.deepEqual(
    parts.map((p) => p.amountCents),
    [0, 1],
  )
  assert.deepEqual(
    splitByFiscalYear(0, '2019-04-01', '2021-03-31').map((p) => p.amountCents),
    [0, 0],
  )
})
