import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  compareRank,
  type NeedFacts,
  type ProfileFacts,
  scoreCredentials,
  scoreExperience,
  scoreFrench,
  scoreLocation,
  scoreMatch,
  scoreOccupation,
} from './score.js'

const gaspesie = {
  nameFr: 'Gaspésie–Îles-de-la-Madeleine',
  nameEn: 'Gaspésie–Îles-de-la-Madeleine',
  locativeFr: 'en Gaspésie–Îles-de-la-Madeleine',
}
const need: NeedFacts = {
  cnpCode: '31301',
  frenchLevel: 7,
  experienceYears: 2,
  regulatedProfession: true,
  credentialRequired: 'OIIQ',
  regionCode: '11',
  mrcCode: '03',
  region: gaspesie,
}
const profile: ProfileFacts = {
  targetCnpCodes: ['31301'],
  frenchLevel: 7,
  experienceYears: 2,
  credentialStatus: 'recognized',
  currentRegionCode: '11',
  currentMrcCode: '03',
  mobilityRegionCodes: [],
}

describe('occupation (40 points, the best target code)', () => {
  const cases: [string, string[], string, number, RegExp][] = [
    ['same unit group', ['31301'], '31301', 40, /même groupe de base/],
    ['same minor group (4 digits)', ['31302'], '31301', 30, /groupe intermédiaire \(3130\)/],
    ['same sub-major group (3 digits)', ['31390'], '31301', 20, /sous-grand groupe \(313\)/],
    ['same broad category only', ['30010'], '31301', 10, /grande catégorie/],
    ['nothing in common', ['95106'], '31301', 0, /aucune parenté/],
    ['the best of several targets', ['95106', '30010', '31302'], '31301', 30, /3130/],
    ['the first target on a tie', ['31309', '31302'], '31301', 30, /CNP 31309/],
    ['TEER 3 for a TEER 1 position: halved, floored', ['33102'], '31301', 5, /FEER 3 déclaré, FEER 1 requis/],
    ['TEER 1 for a TEER 3 position: not halved', ['31301'], '33102', 10, /grande catégorie/],
    ['same unit group never halved', ['95106'], '95106', 40, /95106/],
  ]
  for (const [name, targets, code, points, reason] of cases) {
    test(`${name}: ${points}`, () => {
      const s = scoreOccupation(targets, code)
      assert.equal(s.points, points)
      assert.equal(s.max, 40)
      assert.equal(s.met, points === 40)
      assert.match(s.reason.fr, reason)
    })
  }
  test('says TEER in English', () => {
    assert.match(scoreOccupation(['33102'], '31301').reason.en, /TEER 3 declared, TEER 1 required/)
  })
})

describe('French (20 points)', () => {
  const cases: [number | null, number | null, number, string][] = [
    [null, null, 20, 'français : aucun niveau requis'],
    [7, 9, 20, 'français : niveau 7 requis, niveau 9 déclaré'],
    [7, 7, 20, 'français : niveau 7 requis, niveau 7 déclaré'],
    [7, 5, 10, 'français : niveau 7 requis, niveau 5 déclaré'],
    [7, 6, 15, 'français : niveau 7 requis, niveau 6 déclaré'],
    [12, 1, 0, 'français : niveau 12 requis, niveau 1 déclaré'],
    [7, null, 0, 'français : niveau 7 requis, niveau non déclaré'],
  ]
  for (const [required, declared, points, reason] of cases) {
    test(`required ${required}, declared ${declared}: ${points}`, () => {
      const s = scoreFrench(required, declared)
      assert.deepEqual([s.points, s.reason.fr], [points, reason])
    })
  }
  test('English reason', () => {
    assert.equal(scoreFrench(7, 5).reason.en, 'French: level 7 required, level 5 declared')
  })
})

describe('experience (15 points)', () => {
  const cases: [number | null, number | null, number][] = [
    [null, null, 15],
    [0, null, 15],
    [3, 5, 15],
    [3, 3, 15],
    [3, 1, 5],
    [2, 1, 8], // 7.5 rounds up
    [4, 1, 4], // 3.75
    [3, 0, 0],
    [3, null, 0],
  ]
  for (const [required, declared, points] of cases) {
    test(`required ${required}, declared ${declared}: ${points}`, () => {
      assert.equal(scoreExperience(required, declared).points, points)
    })
  }
  test('says what is missing', () => {
    assert.equal(scoreExperience(3, null).reason.fr, 'expérience : 3 ans exigés, non déclarée')
    assert.equal(scoreExperience(3, 1).reason.en, 'experience: 3 years required, 1 year declared')
  })
})

describe('credentials (10 points)', () => {
  type Required = Pick<NeedFacts, 'regulatedProfession' | 'credentialRequired'>
  const free: Required = { regulatedProfession: false, credentialRequired: null }
  const regulated: Required = { regulatedProfession: true, credentialRequired: 'OIIQ' }
  const cases: [string, Required, ProfileFacts['credentialStatus'], number, RegExp][] = [
    ['nothing required', free, null, 10, /aucune reconnaissance exigée/],
    ['recognized', regulated, 'recognized', 10, /OIIQ : reconnaissance obtenue/],
    ['in progress', regulated, 'in_progress', 5, /en cours/],
    ['not needed', regulated, 'not_needed', 10, /aucune reconnaissance nécessaire/],
    ['not started', regulated, 'not_started', 0, /non commencée/],
    ['refused', regulated, 'refused', 0, /refusée/],
    ['unknown', regulated, null, 0, /non déclaré/],
    ['a credential without a regulated profession', { ...free, credentialRequired: 'Carte ASP' }, null, 0, /Carte ASP/],
    [
      'a regulated profession without a named credential',
      { ...free, regulatedProfession: true },
      'in_progress',
      5,
      /profession réglementée/,
    ],
  ]
  for (const [name, needPart, status, points, reason] of cases) {
    test(`${name}: ${points}`, () => {
      const s = scoreCredentials(needPart, status)
      assert.equal(s.points, points)
      assert.match(s.reason.fr, reason)
    })
  }
})

describe('location (15 points)', () => {
  const cases: [string, Partial<ProfileFacts>, Partial<NeedFacts>, number, RegExp][] = [
    ['same MRC', {}, {}, 15, /MRC/],
    ['same region, other MRC', { currentMrcCode: '02' }, {}, 10, /habite la région/],
    ['same region, MRC unknown', { currentMrcCode: null }, {}, 10, /habite la région/],
    ['same region, need without MRC', {}, { mrcCode: null }, 10, /habite la région/],
    [
      'willing to move',
      { currentRegionCode: '06', currentMrcCode: null, mobilityRegionCodes: ['11'] },
      {},
      7,
      /souhaite s’établir en Gaspésie/,
    ],
    [
      'not willing',
      { currentRegionCode: '06', mobilityRegionCodes: ['01'] },
      {},
      0,
      /^ne souhaite pas s’établir en Gaspésie–Îles-de-la-Madeleine$/,
    ],
  ]
  for (const [name, p, n, points, reason] of cases) {
    test(`${name}: ${points}`, () => {
      const s = scoreLocation({ ...need, ...n }, { ...profile, ...p })
      assert.equal(s.points, points)
      assert.match(s.reason.fr, reason)
    })
  }
})

describe('the whole score', () => {
  test('a perfect candidate scores 100 with every criterion met', () => {
    const m = scoreMatch(need, profile)!
    assert.equal(m.score, 100)
    assert.deepEqual(
      m.criteria.map((c) => [c.criterion, c.points, c.max, c.met]),
      [
        ['occupation', 40, 40, true],
        ['french', 20, 20, true],
        ['experience', 15, 15, true],
        ['credentials', 10, 10, true],
        ['location', 15, 15, true],
      ],
    )
  })
  test('sums the criteria, missing data counting 0', () => {
    const m = scoreMatch(need, {
      ...profile,
      targetCnpCodes: ['31302'],
      frenchLevel: 5,
      experienceYears: null,
      credentialStatus: 'in_progress',
      currentMrcCode: '01',
    })!
    assert.equal(m.score, 30 + 10 + 0 + 5 + 10)
    assert.deepEqual(
      m.criteria.filter((c) => !c.met).map((c) => c.criterion),
      ['occupation', 'french', 'experience', 'credentials', 'location'],
    )
  })
  test('a candidate without the need’s broad category is no match at all', () => {
    assert.equal(scoreMatch(need, { ...profile, targetCnpCodes: ['95106'] }), null)
  })
})

describe('ties', () => {
  const key = (score: number, location: number, availableOn: string | null, id: string) => ({
    score,
    location,
    availableOn,
    id,
  })
  test('score, then location, then earliest availability (none last), then id', () => {
    const keys = [
      key(80, 7, null, 'a'),
      key(80, 10, '2021-01-01', 'z'),
      key(90, 0, null, 'y'),
      key(80, 7, '2020-06-01', 'c'),
      key(80, 7, '2020-06-01', 'b'),
      key(80, 7, '2020-01-01', 'd'),
    ]
    assert.deepEqual(
      [...keys].sort(compareRank).map((k) => k.id),
      ['y', 'z', 'd', 'b', 'c', 'a'],
    )
  })
})
