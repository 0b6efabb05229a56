import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countedNoun } from './team-sentence.js'

test('names the team as the seed does, with none and one handled', () => {
  const cases: [number, 'advisors' | 'agents' | 'points', 'fr' | 'en', string][] = [
    [2, 'advisors', 'fr', 'deux conseillères et conseillers en immigration régionale'],
    [2, 'agents', 'fr', "deux agentes et agents d'aide à l'intégration"],
    [3, 'points', 'fr', 'trois points de services'],
    [1, 'points', 'fr', 'un point de services'],
    [0, 'advisors', 'fr', 'aucune conseillère ni aucun conseiller en immigration régionale'],
    [12, 'agents', 'fr', "12 agentes et agents d'aide à l'intégration"],
    [2, 'advisors', 'en', 'two regional immigration advisors'],
    [1, 'points', 'en', 'one service point'],
  ]
  for (const [n, what, lang, expected] of cases) assert.equal(countedNoun(n, what, lang), expected)
})
