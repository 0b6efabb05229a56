import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { importCsv } from '../../access/index.js'
import { actionImport } from './action.import.js'
import { localActions } from './action.schema.js'

const app = await buildTestApp()
const { ctx } = await staffOf(app, 'director', 'region', '11')
const agreement = await buildAgreement(app.system, await buildOrganization(app.system), { reference: 'PAC-2020-T1' })
const elsewhere = await buildAgreement(app.system, await buildOrganization(app.system, { regionCode: '01' }), {
  reference: 'PAC-2020-X9',
})
const header =
  'agreement_reference,kind,title,description,start_on,end_on,municipality,mrc_code,immigrant_participants,total_participants,partners_involved'

const rowsOf = async (agreementId: string) =>
  app.system.db.select().from(localActions).where(eq(localActions.agreementId, agreementId))

test('imports every row of a good file', async () => {
  const csv = [
    header,
    'pac-2020-t1,intercultural_meals,Souper,,2020-10-01,2020-10-01,Gaspé,,10,30,Ville de Gaspé',
    'PAC-2020-T1,pairing,Jumelage,Binômes,2020-11-01,2021-01-31,Percé,,8,16,',
  ].join('\n')
  const report = await importCsv(ctx, actionImport, csv)
  assert.deepEqual(report.problems, [])
  assert.equal(report.imported, 2)
  assert.equal((await rowsOf(agreement.id)).length, 2)
})

test('imports nothing when a row is bad, and reports every bad row with its line and column', async () => {
  const before = (await rowsOf(agreement.id)).length
  const csv = [
    header,
    'PAC-2020-T1,intercultural_meals,Bon,,2020-10-01,2020-10-01,,,,,',
    'PAC-2020-X9,intercultural_meals,Autre région,,2020-10-01,2020-10-01,,,,,',
    'PAC-2020-T1,karaoke,Type inconnu,,2020-10-01,2020-10-01,,,,,',
    'PAC-2020-T1,pairing,Fin avant début,,2020-10-02,2020-10-01,,,,,',
    'PAC-2020-T1,pairing,Trop d’immigrants,,2020-10-02,2020-10-02,,,9,3,',
    'PAC-2020-T1,pairing,Hors entente,,2019-10-02,2019-10-02,,,,,',
  ].join('\n')
  const report = await importCsv(ctx, actionImport, csv)
  assert.equal(report.imported, 0)
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [
      [3, 'agreement_reference'],
      [4, 'kind'],
      [5, 'end_on'],
      [6, 'immigrant_participants'],
      [7, 'start_on'],
    ],
  )
  assert.equal((await rowsOf(agreement.id)).length, before)
  assert.equal((await rowsOf(elsewhere.id)).length, 0)
})
