import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatDate, formatDateTime } from './i18n.js'

test('French writes the first of the month "1er"; other days and English are as Intl writes them', () => {
  assert.equal(formatDate('2019-08-01', 'fr'), '1er août 2019')
  assert.equal(formatDate('2019-08-11', 'fr'), '11 août 2019')
  assert.equal(formatDate('2021-06-30', 'fr'), '30 juin 2021')
  assert.equal(formatDate('2019-08-01', 'en'), 'August 1, 2019')
  assert.match(formatDateTime('2019-08-01T18:30:00Z', 'fr'), /^1er août 2019 à 14 h 30$/)
})
