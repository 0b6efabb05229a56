import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { importCsv } from '../../access/index.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildOrganization } from '../../../../test/factories/partners.js'
import { agreementImport } from './agreement.import.js'
import { agreements } from './agreement.schema.js'

const app = await buildTestApp()
const { ctx: director } = await staffOf(app, 'director', 'region', '11')
const header = 'reference,organization,program,volet,title,start_on,end_on,amounts,status,signed_on'

test('imports agreements with their yearly amounts and moves them to their status', async () => {
  const org = await buildOrganization(app.system, { name: 'Carrefour import' })
  const csv = [
    header,
    'IMP-1,Carrefour import,PAC,2,Accueil,2020-04-01,2022-03-31,2020:50000|2021:50000.50,signed,2020-03-15',
    `IMP-2,${org.id},pasi,AQ,Accompagnement,2020-04-01,2021-03-31,2020:25000,completed,2020-03-01`,
    'IMP-3,Carrefour import,PAC,1,Plan d’action,2021-04-01,2022-03-31,2021:1000,,',
  ].join('\n')
  const report = await importCsv(director, agreementImport, csv)
  assert.deepEqual(report.problems, [])
  assert.equal(report.imported, 3)
  const rows = await app.system.db.select().from(agreements).where(eq(agreements.organizationId, org.id))
  const byRef = new Map(rows.map((r) => [r.reference, r]))
  assert.equal(byRef.get('IMP-1')!.totalCents, 10_000_050)
  assert.equal(byRef.get('IMP-1')!.status, 'signed')
  assert.equal(byRef.get('IMP-2')!.status, 'completed')
  assert.equal(byRef.get('IMP-2')!.completedOn, '2021-03-31')
  assert.equal(byRef.get('IMP-3')!.status, 'preparation')
})

test('reports every bad row and saves nothing', async () => {
  await buildOrganization(app.system, { name: 'Organisme refusé' })
  await buildOrganization(app.system, { name: 'Ailleurs', regionCode: '01' })
  const csv = [
    header,
    'BAD-OK,Organisme refusé,PAC,2,Bonne ligne,2020-04-01,2021-03-31,2020:1000,preparation,',
    'BAD-1,Organisme refusé,PAC,2,Fin avant début,2021-04-01,2020-04-01,2020:1000,,',
    'BAD-2,Organisme refusé,PAC,2,Années,2020-04-01,2022-03-31,2020:1000,,',
    'BAD-3,Organisme refusé,PAC,9,Volet,2020-04-01,2021-03-31,2020:1000,,',
    'BAD-4,Ailleurs,PAC,2,Autre région,2020-04-01,2021-03-31,2020:1000,,',
    'BAD-5,Organisme refusé,PAC,2,Montants,2020-04-01,2021-03-31,deux mille,,',
    'BAD-6,Organisme refusé,PAC,2,Signée sans date,2020-04-01,2021-03-31,2020:1000,signed,',
  ].join('\n')
  const report = await importCsv(director, agreementImport, csv)
  assert.equal(report.imported, 0)
  const lines = [...new Set(report.problems.map((p) => p.line))]
  assert.deepEqual(lines, [3, 4, 5, 6, 7, 8])
  const columns = new Map(report.problems.map((p) => [p.line, p.column]))
  assert.equal(columns.get(4), 'amounts')
  assert.equal(columns.get(5), 'volet')
  assert.equal(columns.get(6), 'organization')
  assert.equal(columns.get(7), 'amounts')
  assert.equal(columns.get(8), 'signed_on')
  const saved = await app.system.db.select().from(agreements).where(eq(agreements.reference, 'BAD-OK'))
  assert.equal(saved.length, 0)
})
