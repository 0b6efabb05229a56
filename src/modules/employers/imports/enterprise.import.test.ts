import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq, inArray } from 'drizzle-orm'
import { importCsv } from '../../access/index.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { enterpriseImport } from './enterprise.import.js'

const app = await buildTestApp()
const header =
  'legal_name,neq,scian_code,size_band,city,postal_code,mrc_code,region_code,email,website,confirmed_not_duplicate'
const byNeq = (neqs: string[]) => app.system.db.select().from(enterprises).where(inArray(enterprises.neq, neqs))
const byName = (name: string) => app.system.db.select().from(enterprises).where(eq(enterprises.legalName, name))

test('imports enterprises through the same checks as the form; a similar name passes once confirmed', async () => {
  await buildEnterprise(app.system, { legalName: 'Poissonnerie du Havre inc.', city: 'Gaspé' })
  const [a, b] = [testNeq(), testNeq()]
  const csv = [
    header,
    `Pêcheries Import Gaspé inc.,${a.slice(0, 4)} ${a.slice(4)},11,20-99,Gaspé,g4x2r1,03,11,rh@peches.example,https://peches.example,`,
    `Poissonnerie du Havre,${b},44-45,,Gaspé,,,11,,,true`,
  ].join('\n')
  const report = await importCsv(app.system, enterpriseImport, csv)
  assert.deepEqual(report.problems, [])
  assert.equal(report.imported, 2)
  const rows = await byNeq([a, b])
  assert.deepEqual(rows.map((r) => [r.neq, r.postalCode, r.mrcCode, r.sizeBand]).sort(), [
    [a, 'G4X 2R1', '03', '20-99'],
    [b, null, null, null],
  ])
})

test('all or nothing: every bad row is reported with its line and column, duplicates by NEQ too, nothing saved', async () => {
  const taken = await buildEnterprise(app.system, { neq: testNeq() })
  await buildEnterprise(app.system, { legalName: 'Auberge du Cap inc.', city: 'Percé', mrcCode: '03' })
  const [good, twice] = [testNeq(), testNeq()]
  const csv = [
    header,
    `Tout va bien,${good},72,,Percé,,,11,,,`,
    'NEQ trop court,12345,72,,Percé,,,11,,,',
    `NEQ déjà pris,${taken.neq},72,,Percé,,,11,,,`,
    `Deux fois A,${twice},72,,Percé,,,11,,,`,
    `Deux fois B,${twice},72,,Percé,,,11,,,`,
    `Secteur inconnu,${testNeq()},99,,Percé,,,11,,,`,
    `Région inconnue,${testNeq()},72,,Percé,,,18,,,`,
    `MRC d’ailleurs,${testNeq()},72,,Percé,,66023,11,,,`,
    `Courriel,${testNeq()},72,,Percé,,,11,pas-un-courriel,,`,
    `Code postal,${testNeq()},72,,Percé,12345,,11,,,`,
    `Site,${testNeq()},72,,Percé,,,11,,javascript:alert(1),`,
    `Taille,${testNeq()},72,énorme,Percé,,,11,,,`,
    `Auberge du Cap,${testNeq()},72,,Percé,,,11,,,`,
  ].join('\n')
  const report = await importCsv(app.system, enterpriseImport, csv)
  assert.equal(report.imported, 0)
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [
      [3, 'neq'],
      [4, 'neq'],
      [6, 'neq'],
      [7, 'scian_code'],
      [8, 'region_code'],
      [9, 'mrc_code'],
      [10, 'email'],
      [11, 'postal_code'],
      [12, 'website'],
      [13, 'size_band'],
      [14, 'confirmed_not_duplicate'],
    ],
  )
  for (const p of report.problems) assert.ok(p.message.fr && p.message.en)
  assert.match(report.problems.at(-1)!.message.fr, /Auberge du Cap inc\..*confirmed_not_duplicate/)
  assert.equal((await byName('Tout va bien')).length, 0)
  assert.equal((await byName('Deux fois A')).length, 0)
})

test('an importer scoped to a region imports only into it: another region is a row problem', async () => {
  const { ctx } = await staffOf(app, 'admin', 'region', '11')
  const report = await importCsv(
    ctx,
    enterpriseImport,
    `${header}\nAilleurs inc.,${testNeq()},72,,Trois-Rivières,,,04,,,`,
  )
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [[2, 'region_code']],
  )
  assert.equal((await byName('Ailleurs inc.')).length, 0)
})
