import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cell, hsdsCsv, hsdsOf } from './organization-hsds.js'
import type { OrganizationRow } from './organization.queries.js'

// What the export reads of an organization; the rest of the row does not matter here.
const row = {
  id: '0b9c3f7e-3c1a-4f0e-9d7a-2f4b8c1d5e6a',
  name: '=HYPERLINK("http://evil.example","Cliquez")',
  description: '@SUM(1+1)',
  email: null,
  website: null,
  phone: '+1 418 555-0100',
  streetAddress: '1 rue du Quai',
  city: 'Gaspé',
  postalCode: 'G4X 1A1',
  services: ['reception_settlement'],
  languages: ['fr'],
  // 23:30 in Québec on December 1st is already December 2nd in UTC.
  updatedAt: new Date('2020-12-02T04:30:00Z'),
} as unknown as OrganizationRow

test('CSV cells starting with = + - @ are prefixed with a quote; others are unchanged', () => {
  const cases: [unknown, string][] = [
    ['=1+1', "'=1+1"],
    ['+1 418 555-0100', "'+1 418 555-0100"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['Gaspé', 'Gaspé'],
    ['a, b', '"a, b"'],
    ['=a,"b"', `"'=a,""b"""`],
    [null, ''],
    [12, '12'],
  ]
  for (const [value, expected] of cases) assert.equal(cell(value), expected, String(value))
  const csv = hsdsCsv(hsdsOf([row]), 'organization')
  assert.match(csv, /,"'=HYPERLINK\(""http:\/\/evil.example"",""Cliquez""\)",/)
  assert.match(csv, /,'@SUM\(1\+1\),/)
})

test('assured_date is the Québec civil date of the last change, not the UTC one', () => {
  const [service] = hsdsOf([row]).service
  assert.equal(service!.assured_date, '2020-12-01')
})

test('a CSV builds only its table; the JSON builds all six', () => {
  const only = hsdsOf([row], 'phone')
  assert.equal(only.phone.length, 1)
  for (const table of ['organization', 'service', 'location', 'service_at_location', 'address'] as const) {
    assert.equal(only[table].length, 0, table)
  }
  const all = hsdsOf([row])
  for (const table of ['organization', 'service', 'location', 'service_at_location', 'address', 'phone'] as const) {
    assert.equal(all[table].length, 1, table)
  }
  assert.deepEqual(hsdsOf([row], 'service_at_location').service_at_location, all.service_at_location)
})
