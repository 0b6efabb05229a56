import assert from 'node:assert/strict'
import { test } from 'node:test'
import { workingDaysBetween } from './work-calendar.js'

test('counts the working days after a date, Québec statutory holidays and weekends left out', () => {
  for (const [from, to, expected] of [
    ['2024-06-20', '2024-06-20', 0],
    ['2024-06-20', '2024-06-21', 1],
    // Saturday, Sunday, then Monday 24 June (Fête nationale): still one.
    ['2024-06-20', '2024-06-24', 1],
    ['2024-06-20', '2024-06-27', 4],
    ['2024-06-28', '2024-07-02', 1],
    ['2024-06-27', '2024-06-20', 0],
  ] as const) {
    assert.equal(workingDaysBetween(from, to), expected, `${from} → ${to}`)
  }
})
