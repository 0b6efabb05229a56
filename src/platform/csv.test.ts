import assert from 'node:assert/strict'
import { test } from 'node:test'
import { csvCell, csvOf } from './csv.js'

test('writes each cell as RFC 4180 and defuses formula-looking text', () => {
  const cases: [unknown, string][] = [
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [-1250.5, '-1250.5'],
    ['Gaspé', 'Gaspé'],
    ['a, b', '"a, b"'],
    ['dit "oui"', '"dit ""oui"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['=1+1', "'=1+1"],
    ['+33', "'+33"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['<5', '<5'],
  ]
  for (const [value, expected] of cases) assert.equal(csvCell(value), expected, String(value))
})

test('ends every line with CRLF', () => {
  assert.equal(
    csvOf([
      ['a', 'b'],
      [1, null],
    ]),
    'a,b\r\n1,\r\n',
  )
})
