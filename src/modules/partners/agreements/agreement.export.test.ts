import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { column, exportOf } from '../../../../test/exports.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { agreementsExport } from './agreement.export.js'

const app = await buildTestApp()
const ctx = app.system
const org = await buildOrganization(ctx, { name: 'Accueil Gaspésie' })
const signed = await buildAgreement(ctx, org, {
  title: 'Accueil 2020-2022',
  amounts: { 2020: 1_250_050, 2021: 1_000_000 },
})
const draft = await buildAgreement(ctx, org, {
  status: 'preparation',
  signedOn: null,
  startOn: '2024-04-01',
  endOn: '2025-03-31',
  amounts: { 2024: 500_000 },
})
const otherOrg = await buildOrganization(ctx, { regionCode: '01', city: 'Rimouski' })
const other = await buildAgreement(ctx, otherOrg)

const director = (await staffOf(app, 'director', 'region', '11')).ctx
const ids = (r: { cells: unknown[][] }) => r.cells.map((c) => c[0]).sort()

test('staff of a region export its agreements with their columns, none of another region', async () => {
  const result = await exportOf(agreementsExport(), director)
  assert.deepEqual(ids(result), [signed.id, draft.id].sort())
  assert.equal(result.count, 2)
  const row = result.cells.find((c) => c[0] === signed.id)!
  assert.equal(row[1], signed.reference)
  assert.deepEqual(row.slice(2, 5), ['Accueil 2020-2022', org.id, 'Accueil Gaspésie'])
  assert.equal(row[5], 'PAC')
  assert.deepEqual(row.slice(9), [
    '11',
    'Gaspésie–Îles-de-la-Madeleine',
    '2020-04-01',
    '2022-03-31',
    'Signée',
    '2020-03-15',
    22_500.5,
  ])
  const agent = (await staffOf(app, 'agent', 'service_point', (await buildServicePoint(ctx)).id)).ctx
  assert.deepEqual(ids(await exportOf(agreementsExport(), agent)), [signed.id, draft.id].sort(), 'the region’s list')
})

test('a partner (no partners.read) is refused', async () => {
  const partner = (await staffOf(app, 'partner', 'organization', org.id)).ctx
  await assert.rejects(exportOf(agreementsExport(), partner), { kind: 'forbidden' })
  await assert.rejects(agreementsExport().count(partner, {}), { kind: 'forbidden' })
})

test('the list filters: status, fiscal year, organization, program', async () => {
  assert.deepEqual(ids(await exportOf(agreementsExport(), director, { status: 'preparation' })), [draft.id])
  assert.deepEqual(ids(await exportOf(agreementsExport(), director, { fiscalYear: '2021' })), [signed.id])
  assert.deepEqual(ids(await exportOf(agreementsExport(), ctx, { organization: otherOrg.id })), [other.id])
  assert.equal((await exportOf(agreementsExport(), director, { program: 'NOPE' })).count, 0)
  assert.throws(() => agreementsExport().filters.parse({ status: 'lost' }))
})

test('batches cut at the page size, every row once, in id order', async () => {
  const all = await exportOf(agreementsExport(2), ctx)
  assert.deepEqual(all.sizes, [2, 1])
  const inOrder = all.cells.map((c) => c[0])
  assert.deepEqual(inOrder, [...inOrder].sort())
  assert.equal(new Set(inOrder).size, 3)
})

test('headers and statuses in French and in English', async () => {
  const fr = await exportOf(agreementsExport(), director, { status: 'preparation' }, 'fr')
  const en = await exportOf(agreementsExport(), director, { status: 'preparation' }, 'en')
  assert.deepEqual(column(fr, 'Statut'), ['En préparation'])
  assert.deepEqual(column(en, 'Status'), ['In preparation'])
  assert.deepEqual(column(en, 'Total amount ($)'), [5000])
  assert.ok(fr.headers.includes('Numéro de référence') && en.headers.includes('Reference number'))
})
