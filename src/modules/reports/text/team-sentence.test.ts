import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countedNoun, teamParagraphs } from './team-sentence.js'

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

test('writes only the roles someone holds, with French elision, in both languages', () => {
  const base = { locative: 'en Mauricie', regionName: 'Mauricie', points: 0 }
  const cases: [number, number, number, 'fr' | 'en', string | null][] = [
    [2, 2, 3, 'fr', 'sur une équipe de deux conseillères et conseillers en immigration régionale pour offrir'],
    [
      2,
      2,
      3,
      'fr',
      "À ceux-ci, s'ajoutent deux agentes et agents d'aide à l'intégration. L'équipe est déployée dans trois points de services.",
    ],
    [1, 1, 1, 'fr', 'sur une équipe d’une conseillère ou un conseiller en immigration régionale pour'],
    [
      1,
      1,
      1,
      'fr',
      "À ceux-ci, s'ajoute une agente ou un agent d'aide à l'intégration. L'équipe est déployée dans un point de services.",
    ],
    [
      0,
      1,
      0,
      'fr',
      "La direction régionale peut compter, en Mauricie, sur une équipe d’une agente ou un agent d'aide à l'intégration.",
    ],
    [0, 1, 0, 'en', 'In Mauricie, the regional directorate has a team of one integration support agent.'],
    [0, 0, 1, 'fr', null],
  ]
  for (const [advisors, agents, points, lang, expected] of cases) {
    const text = teamParagraphs({ ...base, lang, advisors, agents, points }).join(' ')
    if (expected === null) assert.equal(text, '')
    else assert.ok(text.includes(expected), `${advisors}/${agents}/${points} ${lang}: ${text}`)
    assert.doesNotMatch(text, /aucun|\bno (regional|integration|service)|de une/)
  }
})

test('names the ministry as the team’s employer where no regional directorate is listed', () => {
  const base = { locative: 'à Laval', regionName: 'Laval', points: 0, employer: 'ministry' as const }
  const cases: [advisors: number, agents: number, lang: 'fr' | 'en', expected: string][] = [
    [0, 1, 'fr', 'Le ministère peut compter, à Laval, sur une équipe d’une agente ou un agent'],
    [2, 0, 'fr', 'Le ministère peut compter, à Laval, sur une équipe de deux conseillères et conseillers'],
    [0, 3, 'en', 'In Laval, the ministry has a team of three integration support agents.'],
    [1, 0, 'en', 'In Laval, the ministry has a team of one regional immigration advisor'],
  ]
  for (const [advisors, agents, lang, expected] of cases) {
    const text = teamParagraphs({ ...base, lang, advisors, agents }).join(' ')
    assert.ok(text.includes(expected), `${advisors}/${agents} ${lang}: ${text}`)
    assert.doesNotMatch(text, /direction régionale|regional directorate/)
  }
})

test('adds where the service points are housed when their hosts are given, and nothing for existing callers', () => {
  const hosts = [
    { hostKind: 'services_quebec' as const, hostName: 'Services Québec', city: 'Gaspé' },
    { hostKind: 'mtess' as const, hostName: 'Services Québec', city: 'Gaspé' },
    { hostKind: 'services_quebec' as const, hostName: 'Services Québec', city: 'Carleton-sur-Mer' },
  ]
  const base = { locative: 'en Gaspésie', regionName: 'Gaspésie', advisors: 2, agents: 2, points: 3 }
  assert.match(
    teamParagraphs({ ...base, lang: 'fr', hosts }).join(' '),
    /trois points de services situés dans les bureaux de Services Québec de Gaspé et de Carleton-sur-Mer ainsi qu'à la direction régionale du ministère du Travail, de l'Emploi et de la Solidarité sociale, à Gaspé\.$/,
  )
  assert.match(
    teamParagraphs({ ...base, lang: 'en', hosts }).join(' '),
    /three service points located in the Services Québec offices in Gaspé and Carleton-sur-Mer, as well as at the regional office of the Ministère du Travail, de l'Emploi et de la Solidarité sociale in Gaspé\.$/,
  )
  assert.match(teamParagraphs({ ...base, lang: 'fr' }).join(' '), /déployée dans trois points de services\.$/)
})
