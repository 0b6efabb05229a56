import assert from 'node:assert/strict'
import { test } from 'node:test'
import { centsToDollars, parseDollars } from './money.js'

test('reads dollars as typed in French and English, in exact cents', () => {
  const cases: [string, number | undefined][] = [
    ['12500', 1_250_000],
    ['12 500,50', 1_250_050],
    ['12\u00a0500,5', 1_250_050],
    ['12,500.50', 1_250_050],
    ['$12,500', 1_250_000],
    ['1,000', 100_000],
    ['1.000,25', 100_025],
    ['0,29', 29],
    ['0.29', 29],
    ['1,5', 150],
    ['12.345', undefined],
    ['-5', undefined],
    ['1e3', undefined],
    ['abc', undefined],
    ['', undefined],
    ['123456789012', undefined],
    ['12 500 $', 1_250_000],
    ['1,2345', undefined],
    ['12 50', undefined],
    ['1,000.000', undefined],
    ['1.234', undefined],
    ['1 000,000', undefined],
    ['1,000,5', undefined],
  ]
  for (const [text, cents] of cases) assert.equal(parseDollars(text), cents, text)
})

test('a field shows cents back as dollars that read the same', () => {
  for (const cents of [0, 29, 1_250_050, 99_999_999_999]) assert.equal(parseDollars(centsToDollars(cents)), cents)
})
