import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { column, exportOf } from '../../../../test/exports.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'
import { enterprisesExport } from './enterprise.export.js'

const app = await buildTestApp()
const ctx = app.system
const neq = testNeq()
const plant = await buildEnterprise(ctx, {
  legalName: 'Poissonnerie Gaspé inc.',
  neq,
  sizeBand: '20-99',
  postalCode: 'G4X 1A1',
})
const shop = await buildEnterprise(ctx, { legalName: 'Atelier Côté', scianCode: '44-45' })
const other = await buildEnterprise(ctx, {
  legalName: 'Ferme du Bas',
  regionCode: '01',
  mrcCode: null,
  city: 'Rimouski',
})

const advisor = (await staffOf(app, 'advisor', 'region', '11')).ctx
const ids = (r: { cells: unknown[][] }) => r.cells.map((c) => c[0]).sort()

test('an advisor of a region exports its enterprises with their columns, none of another region', async () => {
  const result = await exportOf(enterprisesExport(), advisor)
  assert.deepEqual(ids(result), [plant.id, shop.id].sort())
  assert.equal(result.count, 2)
  const row = result.cells.find((c) => c[0] === plant.id)!
  assert.deepEqual(row.slice(0, 3), [plant.id, 'Poissonnerie Gaspé inc.', neq])
  assert.equal(row[3], '31-33')
  assert.equal(row[5], '20 à 99')
  assert.deepEqual(row.slice(6, 8), ['Gaspé', 'G4X 1A1'])
  assert.deepEqual(row.slice(10, 12), ['11', 'Gaspésie–Îles-de-la-Madeleine'])
  assert.match(String(row[12]), /^\d{4}-\d{2}-\d{2}$/)
  const asked = await exportOf(enterprisesExport(), advisor, { region: '01' })
  assert.deepEqual(asked.cells, [], 'another region asked for gives nothing')
  assert.equal(asked.count, 0)
})

test('an agent or a partner (no employers.read) is refused', async () => {
  const agent = (await staffOf(app, 'agent', 'region', '11')).ctx
  const partner = (await staffOf(app, 'partner', 'all')).ctx
  for (const who of [agent, partner]) {
    await assert.rejects(exportOf(enterprisesExport(), who), { kind: 'forbidden' })
    await assert.rejects(enterprisesExport().count(who, {}), { kind: 'forbidden' })
  }
})

test('the list filters: words, the NEQ’s beginning, sector, region', async () => {
  assert.deepEqual(ids(await exportOf(enterprisesExport(), advisor, { q: 'cote' })), [shop.id])
  assert.deepEqual(ids(await exportOf(enterprisesExport(), advisor, { q: neq.slice(0, 6) })), [plant.id])
  assert.deepEqual(ids(await exportOf(enterprisesExport(), advisor, { sector: '44-45' })), [shop.id])
  assert.deepEqual(ids(await exportOf(enterprisesExport(), ctx, { region: '01' })), [other.id])
  assert.throws(() => enterprisesExport().filters.parse({ region: 'x' }))
})

test('batches cut at the page size, every row once, in id order', async () => {
  const all = await exportOf(enterprisesExport(2), ctx)
  assert.deepEqual(all.sizes, [2, 1])
  const inOrder = all.cells.map((c) => c[0])
  assert.deepEqual(inOrder, [...inOrder].sort())
  assert.equal(new Set(inOrder).size, 3)
})

test('headers, size band and sector in French and in English', async () => {
  const fr = await exportOf(enterprisesExport(), advisor, { q: 'poissonnerie' }, 'fr')
  const en = await exportOf(enterprisesExport(), advisor, { q: 'poissonnerie' }, 'en')
  assert.ok(fr.headers.includes('Nom légal') && en.headers.includes('Legal name'))
  assert.notDeepEqual(column(fr, 'Nombre d’employés'), column(en, 'Number of employees'))
  assert.deepEqual(column(en, 'Number of employees'), ['20 to 99'])
  assert.notDeepEqual(column(fr, 'Secteur SCIAN 2022'), column(en, 'NAICS 2022 sector'))
  assert.deepEqual(column(en, 'RCM code'), ['03'])
})
