import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { dossierEvents } from '../dossiers/dossier.schema.js'
import { buildExportDocument, type ExportDocument } from './person-export.document.js'
import { exportPersonFile, loadExportNames } from './person-export.service.js'

const t = await buildTestApp()
const { system } = t
const person = await buildPerson(system, {
  countryOfBirth: 'HT',
  citizenships: ['HT', 'CA'],
  languages: ['ht', 'fr'],
  preferredLanguage: 'en',
  regionCode: '11',
  mrcCode: '02',
})
const dossier = await buildDossier(system, { personId: person.id })
await system.db.insert(dossierEvents).values({
  dossierId: dossier.id,
  kind: 'status_changed',
  fromStatus: 'open',
  toStatus: 'assessment',
  at: new Date('2024-05-03T17:51:00Z'),
  note: 'Évaluation commencée.',
})
const file = await exportPersonFile(system, person.id)
const names = await loadExportNames(system, file)

/** Every label/value row of the document, in order. */
const rowsOf = (doc: ExportDocument) => doc.blocks.flatMap((b) => b.rows)
const valueIn = (doc: ExportDocument, label: string) => rowsOf(doc).find(([l]) => l === label)?.[1]

test('the French PDF names countries, languages, the region and MRC, and the preferred language, never their codes', () => {
  const fr = buildExportDocument(file, 'fr', names)
  assert.equal(valueIn(fr, 'Pays de naissance'), 'Haïti')
  assert.equal(valueIn(fr, 'Citoyennetés'), 'Haïti, Canada')
  assert.equal(valueIn(fr, 'Langues parlées'), 'Créole haïtien, Français')
  assert.equal(valueIn(fr, 'Région'), 'Gaspésie–Îles-de-la-Madeleine')
  assert.equal(valueIn(fr, 'MRC'), 'Le Rocher-Percé')
  assert.equal(valueIn(fr, 'Langue de préférence'), 'Anglais')
  assert.equal(valueIn(fr, 'Canal d’accueil') !== undefined, true, 'the app’s term, not « Voie d’entrée »')
  assert.ok(!rowsOf(fr).some(([l]) => l === 'Voie d’entrée'))
})

test('the English PDF names them in English', () => {
  const en = buildExportDocument(file, 'en', names)
  assert.equal(valueIn(en, 'Country of birth'), 'Haiti')
  assert.equal(valueIn(en, 'Languages spoken'), 'Haitian Creole, French')
  assert.equal(valueIn(en, 'Region'), 'Gaspésie–Îles-de-la-Madeleine')
  assert.equal(valueIn(en, 'Preferred language'), 'English')
})

test('a status change says from which status to which', () => {
  const fr = rowsOf(buildExportDocument(file, 'fr', names)).map(([, v]) => v)
  assert.ok(fr.includes('Changement de statut de « Ouvert » à « En évaluation » — Évaluation commencée.'), String(fr))
  const en = rowsOf(buildExportDocument(file, 'en', names)).map(([, v]) => v)
  assert.ok(en.includes('Status changed from “Open” to “In assessment” — Évaluation commencée.'), String(en))
})

test('the intro ends with one period, even after an English "p.m."', () => {
  const at = { ...file, generatedAt: '2024-05-03T17:51:00Z' }
  assert.match(buildExportDocument(at, 'en', names).intro, /1:51 p\.m\.$/)
  assert.match(buildExportDocument(at, 'fr', names).intro, /13 h 51\.$/)
})
