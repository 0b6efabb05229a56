import assert from 'node:assert/strict'
import { test } from 'node:test'
import { civilDate } from '../../territory/index.js'
import { quebecInstant, quebecTime } from './quebec-time.js'

test('reads a date and time on Québec’s clock, in winter and in summer time', () => {
  const cases: [date: string, time: string, iso: string][] = [
    ['2021-01-15', '09:30', '2021-01-15T14:30:00.000Z'],
    ['2021-07-15', '09:30', '2021-07-15T13:30:00.000Z'],
    // Late evening in Québec is already the next day in UTC: the civil date stays Québec's.
    ['2021-03-01', '22:15', '2021-03-02T03:15:00.000Z'],
    ['2021-11-07', '12:00', '2021-11-07T17:00:00.000Z'],
  ]
  for (const [date, time, iso] of cases) {
    const instant = quebecInstant(date, time)
    assert.equal(instant.toISOString(), iso, `${date} ${time}`)
    assert.equal(civilDate(instant), date)
    assert.equal(quebecTime(instant), time)
  }
})
