import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countInWords } from './french-numbers.js'

test('writes counts under ten in words and larger ones as figures (fr-CA grouping)', () => {
  const cases: [number, 'fr' | 'en', 'm' | 'f', string][] = [
    [2, 'fr', 'm', 'deux'],
    [7, 'fr', 'f', 'sept'],
    [1, 'fr', 'f', 'une'],
    [1, 'fr', 'm', 'un'],
    [3, 'en', 'm', 'three'],
    [83, 'fr', 'm', '83'],
    [1234, 'fr', 'm', '1\u00a0234'],
    [1234, 'en', 'm', '1,234'],
  ]
  for (const [n, lang, gender, expected] of cases) assert.equal(countInWords(n, lang, gender), expected, `${n} ${lang}`)
})
