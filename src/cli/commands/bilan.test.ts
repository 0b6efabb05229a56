import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { createTestDatabase } from '../../../test/db.js'

// The golden test against the seed document: `escale bilan` as a user runs it (bin/escale.js), on the demo data loaded
// by `escale seed demo`, in a temporary embedded folder or a fresh database of the PostgreSQL server (DATABASE_URL).
// The facts are written out here, not read from src/seed, so that losing one in the data or the text fails.
const server = process.env.DATABASE_URL ? await createTestDatabase() : undefined
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-bilan-'))

function escale(...args: string[]) {
  const env = { ...process.env, ESCALE_DATA_DIR: dataDir, DATABASE_URL: server?.url ?? '', LOG_LEVEL: 'silent' }
  return spawnSync(process.execPath, ['bin/escale.js', ...args], { env, encoding: 'utf8', maxBuffer: 1 << 24 })
}

const seeded = escale('seed', 'demo')
const period = ['--from', '2019-08-01', '--to', '2021-06-30']

type Fact = [name: string, expected: string | RegExp]

const shared: Fact[] = [
  ['Cathédrale office', 'Services Québec, 11, rue de la Cathédrale, **Gaspé**'],
  ['Sandy Beach office', 'Services Québec, 96 Montée de Sandy Beach, bureau 2.11, **Gaspé**'],
  ['Carleton office', 'Services Québec, 314, boulevard Perron, **Carleton-sur-Mer**'],
  ['resource CJE Avignon', '- Carrefour Jeunesse Emploi Avignon Bonaventure Action Travail Chaleurs'],
  ['resource CJE Rocher Percé', '- Carrefour Jeunesse Emploi Rocher Percé Option Emploi'],
  ['resource CLD', '- Centre Local de Développement de la Haute Gaspésie'],
  ['resource Pouvoir des mots', '- Pouvoir des mots de Gaspé'],
  ['email', 'accompagnement_qcdrbslgim@mifi.gouv.qc.ca'],
  ['phone', '1 833 273-4667'],
]

const kindsFr = [
  'brunchs et soupers interculturels',
  'activités d’initiation aux réalités régionales',
  'fêtes des pays et continents d’origine',
  'capsules vidéo de portraits de personnes immigrantes',
  'campagnes médias et de sensibilisation',
  'tournées de sensibilisation dans les écoles',
  'jumelage linguistique et interculturel',
  'séances d’information aux employeurs sur le recrutement international',
  'sorties culturelles et conférences sur l’histoire régionale',
  'ateliers-causeries sur les clés de l’intégration',
  '5 à 7 de réseautage',
  'guides d’accueil pour les personnes immigrantes',
]
const kindsEn = [
  'intercultural brunches and suppers',
  'introductions to regional realities',
  'festivals of countries and continents of origin',
  'video portraits of immigrant persons',
  'media and awareness campaigns',
  'awareness tours in schools',
  'linguistic and intercultural pairing',
  'information sessions for employers on international recruitment',
  'cultural outings and talks on regional history',
  'talks on the keys to integration',
  'networking 5 à 7s',
  'welcome guides for immigrant persons',
]

const factsFr: Fact[] = [
  ['title', '# Bilan des réalisations 2019-2021 de la Gaspésie–Îles-de-la-Madeleine'],
  ['ministry', "Ministère de l'Immigration, de la Francisation et de l'Intégration"],
  ['regionalization project', "l'ambitieux projet de régionalisation de l'immigration en août 2019"],
  ['directorate', 'la Direction régionale du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine'],
  ['83 persons', '83 personnes immigrantes ont été accompagnées'],
  ['Accompagnement Québec', 'grâce à Accompagnement Québec'],
  ['19 enterprises', 'ont accompagné 19 entreprises de la région'],
  ['seven agreements', "d'établir sept ententes"],
  ['team heading', '## Personnel du MIFI dans la région'],
  ['two advisors', 'deux conseillères et conseillers en immigration régionale'],
  ['two agents', "deux agentes et agents d'aide à l'intégration"],
  ['three service points', 'trois points de services'],
  [
    'host offices',
    /situés dans les bureaux de Services Québec de Gaspé et de Carleton-sur-Mer ainsi qu'à la direction régionale du ministère du Travail, de l'Emploi et de la Solidarité sociale, à Gaspé\./,
  ],
  ['projects heading', '## Voici des projets développés dans la région de la Gaspésie–Îles-de-la-Madeleine'],
  ['resources heading', '## Des ressources disponibles'],
  ['service points heading', '## Points de services'],
  ['email line', 'Courriel : accompagnement_qcdrbslgim@mifi.gouv.qc.ca'],
  ['phone line', 'Téléphone : 1 833 273-4667'],
  ['offices', 'Les bureaux sont situés :'],
  ...kindsFr.map((k): Fact => [`action kind ${k}`, new RegExp(`^- ${k} ?[;.]$`, 'm')]),
  ...shared,
]

const factsEn: Fact[] = [
  ['title', '# 2019-2021 Report on Achievements in Gaspésie–Îles-de-la-Madeleine'],
  ['ministry', 'Ministry of Immigration, Francization and Integration'],
  ['regionalization project', 'the ambitious project to regionalize immigration in August 2019'],
  ['directorate', 'the Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine regional directorate'],
  ['83 persons', '83 immigrants have been accompanied'],
  ['19 enterprises', 'have accompanied 19 businesses in the region'],
  ['seven agreements', 'establish seven agreements'],
  ['two advisors', 'two regional immigration advisors'],
  ['two agents', 'two integration support agents'],
  ['three service points', 'three service points'],
  [
    'host offices',
    /located in the Services Québec offices in Gaspé and Carleton-sur-Mer, as well as at the regional office of the Ministère du Travail, de l'Emploi et de la Solidarité sociale in Gaspé\./,
  ],
  ['email line', 'Email: accompagnement_qcdrbslgim@mifi.gouv.qc.ca'],
  ['phone line', 'Telephone: 1 833 273-4667'],
  ...kindsEn.map((k): Fact => [`action kind ${k}`, new RegExp(`^- ${k}[;.]$`, 'm')]),
  ...shared,
]

/** The facts the text does not state, by name (empty when it states them all). */
function missing(text: string, facts: Fact[]): string[] {
  return facts
    .filter(([, expected]) => (typeof expected === 'string' ? !text.includes(expected) : !expected.test(text)))
    .map(([name]) => name)
}

test('the demo data is loaded through the CLI', () => {
  assert.equal(seeded.status, 0, seeded.stderr)
})

test('golden: the French Markdown Bilan of region 11 for 2019-08-01 … 2021-06-30 states every fact of the seed', () => {
  const run = escale('bilan', '--region', '11', ...period, '--lang', 'fr', '--format', 'md')
  assert.equal(run.status, 0, run.stderr)
  assert.deepEqual(missing(run.stdout, factsFr), [], `missing facts; the Markdown was:\n${run.stdout}`)
  // Exactly the seed's counts: no twelve kinds plus others, no fifth organization.
  assert.equal(run.stdout.match(/^- .* ;$|^- .*\.$/gm)?.length, 12)
})

test('golden: the English Markdown Bilan states the same facts in English', () => {
  const run = escale('bilan', '--region', '11', ...period, '--lang', 'en')
  assert.equal(run.status, 0, run.stderr)
  assert.deepEqual(missing(run.stdout, factsEn), [], `missing facts; the Markdown was:\n${run.stdout}`)
})

test('writes a file with --out and refuses bad options naming them (exit 2)', () => {
  const out = path.join(dataDir, 'bilan.json')
  const json = escale('bilan', '--region', '11', ...period, '--format', 'json', '--out', out)
  assert.equal(json.status, 0, json.stderr)
  const model = JSON.parse(fs.readFileSync(out, 'utf8'))
  assert.equal(model.personsAccompanied, 83)
  const cases: [string[], RegExp][] = [
    [['--region', '99', ...period], /--region: no region has the code 99/],
    [['--region', 'Gaspésie', ...period], /--region: a region's two-digit code/],
    [['--region', '11', '--from', '2021-02-30', '--to', '2021-06-30'], /--from: not a date/],
    [['--region', '11', '--from', '0000-01-01', '--to', '2021-06-30'], /--from: not a date/],
    [['--region', '11', '--from', '2021-06-30', '--to', '2019-08-01'], /--to: the period ends \(2019-08-01\) before/],
    [['--region', '11', ...period, '--format', 'odt'], /--format: one of md, html, pdf, docx, json/],
    [['--directorate', 'Direction inconnue', ...period], /--directorate: no directorate is named/],
    [[...period], /--region or --directorate/],
    [
      ['--region', '11', ...period, '--out', '/nonexistent/dir/x.docx'],
      /^--out: the folder \/nonexistent\/dir does not exist\./,
    ],
    [['--region', '11', ...period, '--out', dataDir], /^--out: .* is a folder/],
  ]
  for (const [args, message] of cases) {
    const run = escale('bilan', ...args)
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`)
    assert.match(run.stderr, message)
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
  }
  const help = escale('bilan', '--help')
  assert.equal(help.status, 0)
  assert.match(help.stdout, /Usage: escale bilan/)
})
