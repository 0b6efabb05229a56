import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addDays, addWorkingDays, firstMeetingDueOn, isWorkingDay, workingDaysBetween } from './working-days.js'

test('counts working days across weekends and Québec statutory holidays', () => {
  const cases: [string, number, string][] = [
    ['2026-11-23', 5, '2026-11-30'], // Monday → next Monday (weekend skipped)
    ['2026-06-22', 5, '2026-06-30'], // Fête nationale (Wed 24) and nothing else: Mon 22 → Tue 30
    ['2026-06-29', 5, '2026-07-07'], // Canada Day (Wed 1st)
    ['2026-03-31', 5, '2026-04-08'], // Good Friday (Apr 3)
    ['2026-05-15', 1, '2026-05-19'], // Journée nationale des patriotes (Mon 18)
    ['2026-12-24', 2, '2026-12-29'], // Christmas (Fri 25), weekend
    ['2026-10-09', 1, '2026-10-13'], // Thanksgiving (Mon 12)
    ['2026-11-26', 0, '2026-11-26'],
  ]
  for (const [from, n, expected] of cases) assert.equal(addWorkingDays(from, n), expected, `${from} + ${n}`)
})

test('holidays and weekends are not working days; ordinary weekdays are', () => {
  assert.equal(isWorkingDay('2026-06-24'), false)
  assert.equal(isWorkingDay('2026-09-07'), false)
  assert.equal(isWorkingDay('2026-01-01'), false)
  assert.equal(isWorkingDay('2026-11-28'), false)
  assert.equal(isWorkingDay('2026-11-26'), true)
})

test('the first meeting is due five working days after the start, a holiday in the window pushing it', () => {
  assert.equal(firstMeetingDueOn('2026-09-03'), '2026-09-11') // Labour Day Monday Sept 7 in the window
  assert.equal(firstMeetingDueOn('2026-09-10'), '2026-09-17')
})

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

test('adds calendar days across month and year ends, and back', () => {
  assert.equal(addDays('2026-12-30', 3), '2027-01-02')
  assert.equal(addDays('2024-03-01', -1), '2024-02-29')
  assert.equal(addDays('2026-11-26', 0), '2026-11-26')
})
