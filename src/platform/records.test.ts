import assert from 'node:assert/strict'
import { test } from 'node:test'
import { changedFields } from './records.js'

test('lists only the fields whose value changed, an absent value being the same as null', () => {
  const cases: [object, object, string[]][] = [
    [{ city: 'Gaspé', postalCode: null }, { city: 'Gaspé', postalCode: null }, []],
    [{ city: 'Percé', postalCode: null }, { city: 'Gaspé', postalCode: null }, ['city']],
    [{ city: 'Gaspé' }, { city: 'Gaspé', postalCode: null }, []],
    [{ city: 'Gaspé', postalCode: 'G4X 1A1' }, { city: 'Gaspé', postalCode: null }, ['postalCode']],
    [{ city: 'Gaspé', postalCode: null }, { city: 'Gaspé', postalCode: 'G4X 1A1' }, ['postalCode']],
  ]
  for (const [next, current, expected] of cases) {
    assert.deepEqual(changedFields(['city', 'postalCode'], next, current), expected, JSON.stringify(next))
  }
})
