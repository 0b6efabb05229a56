import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addDays, addMonths, civilDateOfDay, daysBetween, dayNumberOf } from './civil-date.js'

test('civil dates: days added across months, years, leap days and daylight saving changes; days between', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29')
  assert.equal(addDays('2024-03-01', -1), '2024-02-29')
  assert.equal(addDays('2025-03-08', 1), '2025-03-09')
  assert.equal(addDays('2025-11-02', 1), '2025-11-03')
  assert.equal(addDays('2020-12-31', 1), '2021-01-01')
  assert.equal(daysBetween('2021-01-01', '2021-06-15'), 165)
  assert.equal(daysBetween('2021-06-15', '2021-06-15'), 0)
  assert.equal(daysBetween('2021-06-15', '2021-06-14'), -1)
  assert.equal(addMonths('2021-08-31', 1), '2021-09-30')
  assert.equal(addMonths('2022-03-31', 6), '2022-09-30')
  assert.equal(civilDateOfDay(dayNumberOf('2019-01-07')), '2019-01-07')
})
