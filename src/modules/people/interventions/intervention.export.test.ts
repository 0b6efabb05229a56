import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { column, exportOf } from '../../../../test/exports.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { interventionsExport } from './intervention.export.js'

const app = await buildTestApp()
const ctx = app.system
const pointA = await buildServicePoint(ctx, { regionCode: '11', name: 'Point Gaspé' })
const pointB = await buildServicePoint(ctx, { regionCode: '11', name: 'Point Matane' })
const dossierA = await buildDossier(ctx, { servicePointId: pointA.id })
const dossierB = await buildDossier(ctx, { servicePointId: pointB.id })
const dossierOther = await buildDossier(ctx, { regionCode: '01' })
const early = await buildIntervention(ctx, dossierA, { occurredOn: '2024-01-15', mode: 'phone', durationMinutes: 30 })
const late = await buildIntervention(ctx, dossierA, { occurredOn: '2024-06-03' })
const atB = await buildIntervention(ctx, dossierB, { occurredOn: '2024-03-01', mode: 'video' })
const other = await buildIntervention(ctx, dossierOther, { occurredOn: '2024-03-01' })

const director = (await staffOf(app, 'director', 'region', '11')).ctx
const ids = (r: { cells: unknown[][] }) => r.cells.map((c) => c[0]).sort()

test('a regional director exports the interventions of the region’s dossiers, with their columns', async () => {
  const result = await exportOf(interventionsExport(), director)
  assert.deepEqual(ids(result), [early.id, late.id, atB.id].sort())
  assert.equal(result.count, 3)
  assert.deepEqual(
    result.cells.find((c) => c[0] === early.id),
    [
      early.id,
      dossierA.number,
      dossierA.personId,
      '2024-01-15',
      'Téléphone',
      30,
      '11',
      'Gaspésie–Îles-de-la-Madeleine',
      'Point Gaspé',
    ],
  )
  assert.ok(!result.headers.some((h) => /sum|résumé/i.test(h)), 'no free-text summary')
})

test('a service point agent exports only their service point’s dossiers; no people.read is refused', async () => {
  const agent = (await staffOf(app, 'agent', 'service_point', pointB.id)).ctx
  const result = await exportOf(interventionsExport(), agent)
  assert.deepEqual(ids(result), [atB.id])
  assert.equal(result.count, 1)
  const advisor = (await staffOf(app, 'advisor', 'region', '11')).ctx
  const partner = (await staffOf(app, 'partner', 'all')).ctx
  for (const who of [advisor, partner])
    await assert.rejects(exportOf(interventionsExport(), who), { kind: 'forbidden' })
})

test('filters: the period (both ends included) and the region; a bad or too long period is refused', async () => {
  const march = await exportOf(interventionsExport(), ctx, { from: '2024-03-01', to: '2024-06-03' })
  assert.deepEqual(ids(march), [late.id, atB.id, other.id].sort())
  assert.equal(march.count, 3)
  const region01 = await exportOf(interventionsExport(), ctx, { region: '01' })
  assert.deepEqual(ids(region01), [other.id])
  const fromDirector = await exportOf(interventionsExport(), director, { region: '01' })
  assert.deepEqual(fromDirector.cells, [], 'another region’s interventions stay out of reach')
  const filters = interventionsExport().filters
  assert.throws(() => filters.parse({ from: '2024-05-01', to: '2024-04-30' }))
  assert.throws(() => filters.parse({ from: '2014-01-01', to: '2024-01-01' }))
  assert.doesNotThrow(() => filters.parse({ from: '2014-01-02', to: '2024-01-01' }))
  assert.throws(() => filters.parse({ from: '2024-02-30' }))
  assert.throws(() => filters.parse({ region: 'Gaspésie' }))
})

test('batches cut at the page size by region, date, dossier and id, every row once', async () => {
  for (let i = 0; i < 3; i++) await buildIntervention(ctx, dossierB, { occurredOn: '2024-03-01' })
  const all = await exportOf(interventionsExport(2), ctx)
  assert.deepEqual(all.sizes, [2, 2, 2, 1])
  assert.equal(new Set(all.cells.map((c) => c[0])).size, 7)
  assert.equal(all.count, 7)
  const keys = all.cells.map((c) => `${c[6]} ${c[3]}`)
  assert.deepEqual(keys, [...keys].sort())
})

test('headers and modes in English', async () => {
  const en = await exportOf(interventionsExport(), director, { to: '2024-01-31' }, 'en')
  assert.deepEqual(column(en, 'Mode'), ['Phone'])
  assert.deepEqual(column(en, 'Service point'), ['Point Gaspé'])
  assert.ok(en.headers.includes('Duration (minutes)'))
})
