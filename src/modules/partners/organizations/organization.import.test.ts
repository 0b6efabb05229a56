import assert from 'node:assert/strict'
import { test } from 'node:test'
import { importCsv } from '../../access/index.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { organizationImport } from './organization.import.js'
import { listOrganizations } from './organization-list.service.js'

const app = await buildTestApp()
const header = 'name,kind,region_code,city,website,email,phone,services,languages,served_mrc_codes,listed_publicly'

test('imports organizations with their lists ("|" or ";" inside quotes) through the same checks as the form', async () => {
  const csv = [
    header,
    'Import Gaspé,community,11,Gaspé,https://gaspe.example,info@gaspe.example,418 555-0100,housing|french_courses,fr|es,03,true',
    'Import Chandler,youth_employment,11,Chandler,,,,"employment_help;entrepreneurship",fr,"02;03",false',
  ].join('\n')
  const report = await importCsv(app.system, organizationImport, csv)
  assert.deepEqual(report.problems, [])
  assert.equal(report.imported, 2)
  const { data } = await listOrganizations(app.system, { q: 'import' })
  const chandler = data.find((o) => o.name === 'Import Chandler')
  assert.deepEqual(chandler?.services, ['employment_help', 'entrepreneurship'])
  assert.deepEqual(chandler?.servedMrcCodes, ['02', '03'])
  assert.equal(chandler?.listedPublicly, false)
})

test('all or nothing: every bad row is reported with its line and column, and nothing is saved', async () => {
  const csv = [
    header,
    'Tout va bien,community,11,Percé,,,,,,,',
    'Mauvais type,club,11,Percé,,,,,,,',
    'Mauvais site,community,11,Percé,javascript:alert(1),,,,,,',
    'Mauvais service,community,11,Percé,,,,karaoke,,,',
    'Mauvaise MRC,community,11,Percé,,,,,,07,',
    'Mauvaise langue,community,11,Percé,,,,,zz,,',
    'Tout va bien,community,11,Percé,,,,,,,',
  ].join('\n')
  const report = await importCsv(app.system, organizationImport, csv)
  assert.equal(report.imported, 0)
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [
      [3, 'kind'],
      [4, 'website'],
      [5, 'services'],
      [6, 'served_mrc_codes'],
      [7, 'languages'],
      [8, 'name'],
    ],
  )
  for (const p of report.problems) assert.ok(p.message.fr && p.message.en)
  assert.equal((await listOrganizations(app.system, { q: 'tout va bien' })).data.length, 0)
})

test('a director imports only into its region: another region is a row problem; unknown columns are refused', async () => {
  const { ctx } = await staffOf(app, 'director', 'region', '11')
  const report = await importCsv(ctx, organizationImport, `${header}\nAilleurs,community,04,Trois-Rivières,,,,,,,`)
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [[2, 'region_code']],
  )
  const unknown = await importCsv(ctx, organizationImport, 'name,kind,region_code,capacity\nX,community,11,full')
  assert.deepEqual(
    unknown.problems.map((p) => [p.line, p.column]),
    [[1, 'capacity']],
  )
})
