import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { column, exportOf } from '../../../../test/exports.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildAction, buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { actionsExport } from './action.export.js'

const app = await buildTestApp()
const ctx = app.system
const org = await buildOrganization(ctx, { name: 'Accueil Gaspésie' })
const agreement = await buildAgreement(ctx, org)
const supper = await buildAction(ctx, agreement, { title: 'Souper des Fêtes' })
const talk = await buildAction(ctx, agreement, {
  kindCode: 'integration_talks',
  title: 'Causerie emploi',
  startOn: '2021-02-10',
  endOn: '2021-02-10',
  mrcCode: '03',
  immigrantParticipants: null,
  totalParticipants: null,
})
const otherOrg = await buildOrganization(ctx, { regionCode: '01', city: 'Rimouski', name: 'Accueil Bas' })
const other = await buildAction(ctx, await buildAgreement(ctx, otherOrg), { municipality: 'Rimouski' })

const director = (await staffOf(app, 'director', 'region', '11')).ctx
const ids = (r: { cells: unknown[][] }) => r.cells.map((c) => c[0]).sort()

test('staff of a region export its actions with their columns, none of another region', async () => {
  const result = await exportOf(actionsExport(), director)
  assert.deepEqual(ids(result), [supper.id, talk.id].sort())
  assert.equal(result.count, 2)
  assert.deepEqual(
    result.cells.find((c) => c[0] === supper.id),
    [
      supper.id,
      agreement.reference,
      'Accueil Gaspésie',
      '11',
      'Gaspésie–Îles-de-la-Madeleine',
      'intercultural_meals',
      'Brunchs et soupers interculturels',
      'Souper des Fêtes',
      '2020-12-12',
      '2020-12-12',
      'Gaspé',
      null,
      20,
      45,
    ],
  )
  const asked = await exportOf(actionsExport(), director, { regionCode: '01' })
  assert.deepEqual([asked.cells, asked.count], [[], 0], 'another region asked for gives nothing')
})

test('a partner (no partners.read) is refused', async () => {
  const partner = (await staffOf(app, 'partner', 'organization', org.id)).ctx
  await assert.rejects(exportOf(actionsExport(), partner), { kind: 'forbidden' })
  await assert.rejects(actionsExport().count(partner, actionsExport().filters.parse({})), { kind: 'forbidden' })
})

test('the list filters: period (overlap), kind, words, region; an end before the start is refused', async () => {
  assert.deepEqual(ids(await exportOf(actionsExport(), director, { from: '2021-01-01', to: '2021-12-31' })), [talk.id])
  assert.deepEqual(ids(await exportOf(actionsExport(), director, { kind: 'integration_talks' })), [talk.id])
  assert.deepEqual(ids(await exportOf(actionsExport(), ctx, { q: 'accueil bas' })), [other.id])
  assert.deepEqual(ids(await exportOf(actionsExport(), ctx, { regionCode: '01' })), [other.id])
  const counted = await exportOf(actionsExport(), director, { mrc: '03' })
  assert.deepEqual([ids(counted), counted.count], [[talk.id], 1])
  assert.throws(() => actionsExport().filters.parse({ from: '2021-02-01', to: '2021-01-01' }))
})

test('batches cut at the page size, every row once, in id order', async () => {
  const all = await exportOf(actionsExport(2), ctx)
  assert.deepEqual(all.sizes, [2, 1])
  const inOrder = all.cells.map((c) => c[0])
  assert.deepEqual(inOrder, [...inOrder].sort())
  assert.equal(new Set(inOrder).size, 3)
})

test('headers and kind names in English', async () => {
  const en = await exportOf(actionsExport(), director, { kind: 'intercultural_meals' }, 'en')
  assert.deepEqual(column(en, 'Action kind'), ['Intercultural brunches and suppers'])
  assert.deepEqual(column(en, 'Region'), ['Gaspésie–Îles-de-la-Madeleine'])
  assert.ok(en.headers.includes('Immigrant participants'))
})
