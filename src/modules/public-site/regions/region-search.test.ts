import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fieldErrorsOf } from '../../../platform/validation.js'
import { noRegionMatches, regionCount, regionMeta } from '../public-site.messages.js'
import { matchRegions, queryWords, regionSearchQuery, searchable } from './region-search.js'

const regions = [
  { code: '01', nameFr: 'Bas-Saint-Laurent', nameEn: 'Bas-Saint-Laurent' },
  { code: '02', nameFr: 'Saguenay–Lac-Saint-Jean', nameEn: 'Saguenay–Lac-Saint-Jean' },
  { code: '09', nameFr: 'Côte-Nord', nameEn: 'Côte-Nord' },
  { code: '11', nameFr: 'Gaspésie–Îles-de-la-Madeleine', nameEn: 'Gaspésie–Îles-de-la-Madeleine' },
  { code: '06', nameFr: 'Montréal', nameEn: 'Montreal (test)' },
]
const all = regions.map((r) => r.nameFr)
const names = (q: string, lang: 'fr' | 'en' = 'fr') => matchRegions(regions, q, lang).map((r) => r.nameFr)

test('a search ignores accents, case, hyphens and dashes, and needs every word somewhere in the name', () => {
  const cases: [q: string, expected: string[]][] = [
    ['cote', ['Côte-Nord']],
    ['CÔTE', ['Côte-Nord']],
    ['ILES', ['Gaspésie–Îles-de-la-Madeleine']],
    ['iles de la madeleine', ['Gaspésie–Îles-de-la-Madeleine']],
    ['madeleine gaspesie', ['Gaspésie–Îles-de-la-Madeleine']],
    ['saint', ['Bas-Saint-Laurent', 'Saguenay–Lac-Saint-Jean']],
    ['lac-saint', ['Saguenay–Lac-Saint-Jean']],
    ['nord sud', []],
    ['atlantide', []],
    ['', all],
    ['  ', all],
    ['«»', []],
    ['<script>', []],
  ]
  for (const [q, expected] of cases) assert.deepEqual(names(q), expected, q)
})

test("a region's number finds it, with or without its leading zero and the word région", () => {
  const cases: [q: string, expected: string[]][] = [
    ['06', ['Montréal']],
    ['6', ['Montréal']],
    ['11', ['Gaspésie–Îles-de-la-Madeleine']],
    ['1', ['Bas-Saint-Laurent']],
    ['région 06', ['Montréal']],
    ['REGION 11', ['Gaspésie–Îles-de-la-Madeleine']],
    ['Région-09', ['Côte-Nord']],
    ['région 09 cote', ['Côte-Nord']],
    ['région 09 gaspesie', []],
    ['région 99', []],
    ['0', []],
    ['région', all],
    ['régions', all],
  ]
  for (const [q, expected] of cases) assert.deepEqual(names(q), expected, q)
  assert.deepEqual(names('region 6', 'en'), ['Montréal'], 'in English too')
})

test('St and Ste stand for Saint and Sainte, in French and in English', () => {
  const cases: [q: string, expected: string[], lang?: 'fr' | 'en'][] = [
    ['st-laurent', ['Bas-Saint-Laurent']],
    ['st laurent', ['Bas-Saint-Laurent']],
    ['St. Laurent', ['Bas-Saint-Laurent'], 'en'],
    ['lac-st-jean', ['Saguenay–Lac-Saint-Jean']],
    ['st', ['Bas-Saint-Laurent', 'Saguenay–Lac-Saint-Jean']],
    ['ste', []],
  ]
  for (const [q, expected, lang] of cases) assert.deepEqual(names(q, lang), expected, q)
})

test('one-letter words (elided articles, stray initials) and punctuation alone match nothing', () => {
  const cases: [q: string, expected: string[]][] = [
    ["l'", []],
    ['d’', []],
    ['l', []],
    ['a', []],
    ["'", []],
    ['-', []],
    ['...', []],
    ["l'ile", ['Gaspésie–Îles-de-la-Madeleine']],
    ["d'la madeleine", ['Gaspésie–Îles-de-la-Madeleine']],
    ['cote n', ['Côte-Nord']],
  ]
  for (const [q, expected] of cases) assert.deepEqual(names(q), expected, q)
  assert.deepEqual(queryWords("L'Île-d'Orléans St-Jean 06 région"), ['ile', 'orleans', 'saint', 'jean', '06', 'region'])
})

test('a search reads the name in the language of the page', () => {
  assert.deepEqual(names('montreal', 'fr'), ['Montréal'])
  assert.deepEqual(names('test', 'fr'), [])
  assert.deepEqual(names('test', 'en'), ['Montréal'])
})

test('searchable text has no accents, no capitals and single spaces between words', () => {
  assert.equal(searchable('  Gaspésie–Îles-de-la-Madeleine '), 'gaspesie iles de la madeleine')
  assert.equal(searchable("L'Île-d'Orléans"), 'l ile d orleans')
})

test('the query is trimmed and holds at most 100 characters', () => {
  assert.deepEqual(regionSearchQuery.parse({ q: '  cote  ' }), { q: 'cote' })
  assert.deepEqual(regionSearchQuery.parse({}), {})
  assert.equal(regionSearchQuery.safeParse({ q: ` ${'a'.repeat(100)} ` }).success, true)
  assert.equal(regionSearchQuery.safeParse({ q: 'a'.repeat(101) }).success, false)
})

test('a query string giving q twice is refused with its own message, in both languages', () => {
  const twice = regionSearchQuery.safeParse({ q: ['a', 'b'] })
  assert.deepEqual(fieldErrorsOf(twice.error?.issues ?? []), {
    q: { fr: 'Une seule recherche à la fois.', en: 'One search at a time.' },
  })
})

test('counts are singular for one region and plural otherwise, in both languages', () => {
  const nb = '\u00a0'
  const cases: [lang: 'fr' | 'en', n: number, q: string, expected: string][] = [
    ['fr', 17, '', '17 régions'],
    ['fr', 1, 'laval', `1 région correspond à «${nb}laval${nb}»`],
    ['fr', 2, 'saint', `2 régions correspondent à «${nb}saint${nb}»`],
    ['en', 17, '', '17 regions'],
    ['en', 1, 'laval', '1 region matches “laval”'],
    ['en', 2, 'saint', '2 regions match “saint”'],
  ]
  for (const [lang, n, q, expected] of cases) assert.equal(regionCount(lang, n, q), expected)
  assert.equal(noRegionMatches('fr', 'zz'), `Aucune région ne correspond à «${nb}zz${nb}»`)
  assert.equal(noRegionMatches('en', 'zz'), 'No region matches “zz”')
})

test("a tile's line gives the region's number and its service points, when it has some", () => {
  assert.equal(regionMeta('fr', '13', 0), 'Région 13')
  assert.equal(regionMeta('fr', '11', 1), 'Région 11 · 1 point de services')
  assert.equal(regionMeta('fr', '11', 3), 'Région 11 · 3 points de services')
  assert.equal(regionMeta('en', '11', 1), 'Region 11 · 1 service point')
  assert.equal(regionMeta('en', '11', 3), 'Region 11 · 3 service points')
})
