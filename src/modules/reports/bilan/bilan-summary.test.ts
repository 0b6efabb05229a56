import assert from 'node:assert/strict'
import { test } from 'node:test'
import { figureValue } from './bilan-summary.js'
import { sampleBilanModel } from './bilan.sample-model.js'

test('the kinds of local actions: singular for 0 and 1 in French, for 1 only in English', () => {
  const withKinds = (n: number) => {
    const all = sampleBilanModel().actionKinds
    return sampleBilanModel({ actionKinds: Array.from({ length: n }, (_, i) => ({ ...all[0]!, code: `k${i}` })) })
  }
  const cases: [number, string, string][] = [
    [0, '0 type', '0 kinds'],
    [1, '1 type', '1 kind'],
    [2, '2 types', '2 kinds'],
  ]
  for (const [n, fr, en] of cases) {
    assert.equal(figureValue(withKinds(n), 'actionKinds', 'fr'), fr)
    assert.equal(figureValue(withKinds(n), 'actionKinds', 'en'), en)
  }
})
