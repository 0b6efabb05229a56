import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatBytes, formatDate, formatDateTime } from './i18n.js'

test('French writes the first of the month "1er"; other days and English are as Intl writes them', () => {
  assert.equal(formatDate('2019-08-01', 'fr'), '1er août 2019')
  assert.equal(formatDate('2019-08-11', 'fr'), '11 août 2019')
  assert.equal(formatDate('2021-06-30', 'fr'), '30 juin 2021')
  assert.equal(formatDate('2019-08-01', 'en'), 'August 1, 2019')
  assert.match(formatDateTime('2019-08-01T18:30:00Z', 'fr'), /^1er août 2019 à 14 h 30$/)
})

test('sizes in bytes read in the page language', () => {
  assert.equal(formatBytes(850, 'fr'), '850 o')
  assert.equal(formatBytes(850, 'en'), '850 B')
  assert.equal(formatBytes(12.4 * 1024, 'en'), '12.4 kB')
  assert.equal(formatBytes(Math.round(3.1 * 1024 * 1024), 'fr'), '3,1 Mo')
  assert.equal(formatBytes(5 * 1024 ** 4, 'en'), '5,120 GB')
})
