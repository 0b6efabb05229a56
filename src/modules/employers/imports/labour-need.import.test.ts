import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { importCsv } from '../../access/index.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'
import { labourNeeds } from '../needs/labour-need.schema.js'
import { labourNeedImport } from './labour-need.import.js'

const app = await buildTestApp()
const header =
  'enterprise_neq,title,cnp_code,positions,employment_type,french_level,other_languages,experience_years,wage,wage_unit,mrc_code,start_on'
const needsOf = (enterpriseId: string) =>
  app.system.db.select().from(labourNeeds).where(eq(labourNeeds.enterpriseId, enterpriseId))

test('imports labour needs naming their enterprise by NEQ, through the same checks as the form', async () => {
  const enterprise = await buildEnterprise(app.system, { neq: testNeq() })
  const spaced = `${enterprise.neq!.slice(0, 4)} ${enterprise.neq!.slice(4)}`
  const csv = [
    header,
    `${enterprise.neq},Préposé à la transformation,94142,6,seasonal,5,en|es,1,"22,50",hour,,2021-05-03`,
    `${spaced},Cuisinier,63200,1,permanent,,,,48 000,year,03,`,
  ].join('\n')
  const report = await importCsv(app.system, labourNeedImport, csv)
  assert.deepEqual(report.problems, [])
  assert.equal(report.imported, 2)
  const rows = (await needsOf(enterprise.id)).sort((a, b) => a.title.localeCompare(b.title))
  assert.deepEqual(
    rows.map((r) => [r.title, r.cnpCode, r.positions, r.frenchLevel, r.otherLanguages, r.wageCents, r.wageUnit]),
    [
      ['Cuisinier', '63200', 1, null, [], 4_800_000, 'year'],
      ['Préposé à la transformation', '94142', 6, 5, ['en', 'es'], 2250, 'hour'],
    ],
  )
  assert.ok(rows.every((r) => r.regionCode === '11' && r.status === 'open'))
  // No location: the enterprise's; an MRC given: the position's own (without a city).
  assert.deepEqual(
    rows.map((r) => [r.city, r.mrcCode]),
    [
      [null, '03'],
      ['Gaspé', '03'],
    ],
  )
})

test('all or nothing: every bad row is reported with its line and column, and nothing is saved', async () => {
  const enterprise = await buildEnterprise(app.system, { neq: testNeq() })
  const neq = enterprise.neq!
  const csv = [
    header,
    `${neq},Bon poste,94142,2,seasonal,,,,,,,`,
    `12345,NEQ trop court,94142,2,seasonal,,,,,,,`,
    `9999999999,NEQ inconnu,94142,2,seasonal,,,,,,,`,
    `${neq},CNP inconnue,99999,2,seasonal,,,,,,,`,
    `${neq},Zéro poste,94142,0,seasonal,,,,,,,`,
    `${neq},Français 13,94142,2,seasonal,13,,,,,,`,
    `${neq},Salaire sans unité,94142,2,seasonal,,,,20,,,`,
    `${neq},Date impossible,94142,2,seasonal,,,,,,,2021-02-30`,
    `${neq},Type inconnu,94142,2,contract,,,,,,,`,
    `${neq},MRC d’une autre région,94142,2,seasonal,,,,,,66023,`,
    `${neq},Langue inconnue,94142,2,seasonal,,zz,,,,,`,
    `${neq},Expérience négative,94142,2,seasonal,,,-1,,,,`,
  ].join('\n')
  const report = await importCsv(app.system, labourNeedImport, csv)
  assert.equal(report.imported, 0)
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [
      [3, 'enterprise_neq'],
      [4, 'enterprise_neq'],
      [5, 'cnp_code'],
      [6, 'positions'],
      [7, 'french_level'],
      [8, 'wage_unit'],
      [9, 'start_on'],
      [10, 'employment_type'],
      [11, 'mrc_code'],
      [12, 'other_languages'],
      [13, 'experience_years'],
    ],
  )
  for (const p of report.problems) assert.ok(p.message.fr && p.message.en)
  assert.equal((await needsOf(enterprise.id)).length, 0)
})

test('an importer reaches only its region’s enterprises: another region’s NEQ is reported as unknown', async () => {
  const { ctx } = await staffOf(app, 'admin', 'region', '11')
  const elsewhere = await buildEnterprise(app.system, {
    neq: testNeq(),
    regionCode: '04',
    mrcCode: null,
    city: 'Trois-Rivières',
  })
  const report = await importCsv(ctx, labourNeedImport, `${header}\n${elsewhere.neq},Ailleurs,94142,2,seasonal,,,,,,,`)
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column, p.message.fr]),
    [[2, 'enterprise_neq', 'Aucune entreprise de votre territoire n’a ce NEQ : importez d’abord l’entreprise.']],
  )
  assert.equal((await needsOf(elsewhere.id)).length, 0)
})

test('a file without a required column is refused at its header', async () => {
  const report = await importCsv(app.system, labourNeedImport, 'enterprise_neq,title\n1234567890,Poste')
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [
      [1, 'cnp_code'],
      [1, 'positions'],
      [1, 'employment_type'],
    ],
  )
})
