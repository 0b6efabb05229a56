import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeNeq, normalizePostalCode } from './neq.js'

test('normalizeNeq keeps 10 digits and drops spaces; anything else is not a NEQ', () => {
  const cases: [string, string | undefined][] = [
    ['1145678901', '1145678901'],
    ['1145 678 901', '1145678901'],
    [' 1 1 4 5 6 7 8 9 0 1 ', '1145678901'],
    ['114567890', undefined],
    ['11456789012', undefined],
    ['11456-78901', undefined],
    ['114567890A', undefined],
    ['', undefined],
  ]
  for (const [raw, expected] of cases) assert.equal(normalizeNeq(raw), expected, raw)
})

test('normalizePostalCode writes Canada Post’s form and refuses what is not a Canadian postal code', () => {
  const cases: [string, string | undefined][] = [
    ['G4X 2R1', 'G4X 2R1'],
    ['g4x2r1', 'G4X 2R1'],
    [' g4x  2r1 ', 'G4X 2R1'],
    ['G4X-2R1', undefined],
    ['D4X 2R1', undefined],
    ['W4X 2R1', undefined],
    ['G4O 2R1', undefined],
    ['12345', undefined],
  ]
  for (const [raw, expected] of cases) assert.equal(normalizePostalCode(raw), expected, raw)
})
