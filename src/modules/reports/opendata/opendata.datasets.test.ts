import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import {
  buildAdvisorService,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
} from '../../../../test/factories/employers.js'
import { buildAction, buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { buildDossier, buildIntervention, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { findDataset } from './opendata.datasets.js'
import { buildTable, type OpenDataTable } from './opendata.table.js'

const app = await buildTestApp()
const ctx = app.system
const db = ctx.db
const years = { from: 2020, to: 2021 }

/** The published value of a measure for a fiscal year, a region and (for two-dimensional sets) a key. */
function cell(table: OpenDataTable, fy: string, region: string, measure: string, key?: string) {
  const row = table.rows.find(
    (r) =>
      r.annee_financiere === fy &&
      r.code_region === region &&
      (key === undefined || r.code_programme === key || r.code_type_action === key),
  )
  assert.ok(row, `no row ${fy} ${region} ${key ?? ''}`)
  return row[measure]
}

async function table(name: string) {
  return buildTable(db, findDataset(name)!, years)
}

/** `count` persons of a region, each with one intervention on the date. */
async function accompany(region: string, count: number, on: string) {
  const point = await buildServicePoint(ctx, { regionCode: region })
  for (let i = 0; i < count; i++) {
    const dossier = await buildDossier(ctx, { regionCode: region, servicePointId: point.id, startsOn: '2020-05-01' })
    await buildIntervention(ctx, dossier, { occurredOn: on })
  }
  return point
}

test('persons accompanied: 3 in a region are "<5", its complementary cell is hidden, the Québec total counts once', async () => {
  await accompany('11', 3, '2020-06-01')
  const p09 = await accompany('09', 7, '2020-06-01')
  const p01 = await accompany('01', 12, '2021-03-31')
  // One person accompanied in two regions: counted in each region, once in Québec's total.
  const person = await buildPerson(ctx, { regionCode: '01' })
  for (const point of [p01, p09]) {
    const dossier = await buildDossier(ctx, {
      regionCode: point.regionCode,
      servicePointId: point.id,
      personId: person.id,
    })
    await buildIntervention(ctx, dossier, { occurredOn: '2020-09-01' })
  }
  await accompany('01', 1, '2021-04-01')

  const t = await table('personnes-accompagnees')
  assert.equal(t.rows.length, 2 * 18)
  assert.equal(cell(t, '2020-2021', '11', 'personnes_accompagnees'), '<5')
  assert.equal(cell(t, '2020-2021', '09', 'personnes_accompagnees'), 'x', 'the smallest other non-zero region (8)')
  assert.equal(cell(t, '2020-2021', '01', 'personnes_accompagnees'), 13)
  assert.equal(cell(t, '2020-2021', '00', 'personnes_accompagnees'), 23)
  assert.equal(cell(t, '2020-2021', '05', 'personnes_accompagnees'), 0)
  // 2021-04-01 is the next fiscal year: one person, hidden with the Québec total (both 1).
  assert.equal(cell(t, '2021-2022', '01', 'personnes_accompagnees'), '<5')
  assert.equal(cell(t, '2021-2022', '00', 'personnes_accompagnees'), '<5')
  assert.equal(t.rows.find((r) => r.code_region === '00')?.region_fr, 'Ensemble du Québec')

  const dossiers = await table('nouveaux-dossiers')
  // The two-region person's dossiers open on 2020-01-06 (fiscal year 2019-2020, not published here).
  assert.equal(cell(dossiers, '2020-2021', '01', 'nouveaux_dossiers'), 13)
  assert.equal(cell(dossiers, '2020-2021', '00', 'nouveaux_dossiers'), 23)
})

test('enterprises accompanied and hires by region, with suppression', async () => {
  for (let i = 0; i < 2; i++) await buildAdvisorService(ctx, await buildEnterprise(ctx), { servedOn: '2020-06-15' })
  for (let i = 0; i < 6; i++) {
    const enterprise = await buildEnterprise(ctx, { regionCode: '01', mrcCode: null, city: 'Rimouski' })
    await buildAdvisorService(ctx, enterprise, { servedOn: '2020-07-15' })
    await buildAdvisorService(ctx, enterprise, { servedOn: '2020-08-15' })
  }
  const t = await table('entreprises-accompagnees')
  assert.equal(cell(t, '2020-2021', '11', 'entreprises_accompagnees'), '<5')
  assert.equal(cell(t, '2020-2021', '01', 'entreprises_accompagnees'), 'x')
  assert.equal(cell(t, '2020-2021', '00', 'entreprises_accompagnees'), 8)

  const need = await buildLabourNeed(ctx, await buildEnterprise(ctx))
  for (const origin of ['11', '11', '11', '11', '11', '09']) {
    const person = await buildPerson(ctx, { regionCode: origin })
    await buildPlacement(ctx, need, { personId: person.id, currentRegionCode: origin })
  }
  const hires = await table('embauches')
  assert.equal(cell(hires, '2020-2021', '11', 'embauches'), 6)
  assert.equal(cell(hires, '2020-2021', '00', 'embauches'), 6)
  assert.equal(cell(hires, '2020-2021', '11', 'embauches_interregionales'), '<5')
  assert.equal(cell(hires, '2020-2021', '00', 'embauches_interregionales'), '<5')
})

test('agreements, amounts and local actions are never suppressed; a two-year action counts in each year', async () => {
  const organization = await buildOrganization(ctx, { regionCode: '11' })
  const agreement = await buildAgreement(ctx, organization, { amounts: { 2020: 1_234_550, 2021: 5_000_000 } })
  await buildAgreement(ctx, organization, { status: 'preparation', signedOn: null })
  await buildAction(ctx, agreement)
  await buildAction(ctx, agreement, { startOn: '2021-03-01', endOn: '2021-05-01' })

  const t = await table('ententes')
  assert.equal(cell(t, '2020-2021', '11', 'ententes_en_vigueur', 'PAC'), 1)
  assert.equal(cell(t, '2020-2021', '11', 'montant_engage', 'PAC'), 12345.5)
  assert.equal(cell(t, '2021-2022', '00', 'montant_engage', 'TOUS'), 50000)
  assert.equal(cell(t, '2020-2021', '00', 'ententes_en_vigueur', 'TOUS'), 1)

  const actions = await table('actions-locales')
  assert.equal(cell(actions, '2020-2021', '11', 'actions_financees', 'intercultural_meals'), 2)
  assert.equal(cell(actions, '2021-2022', '11', 'actions_financees', 'intercultural_meals'), 1)
  assert.equal(cell(actions, '2020-2021', '00', 'actions_financees', 'TOUS'), 2)
})
