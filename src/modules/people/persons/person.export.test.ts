import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { column, exportOf } from '../../../../test/exports.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { personsExport } from './person.export.js'

const app = await buildTestApp()
const ctx = app.system
const pointA = await buildServicePoint(ctx, { regionCode: '11' })
const pointB = await buildServicePoint(ctx, { regionCode: '11' })
const atA = await buildPerson(ctx, {
  familyName: 'Arsenault',
  givenName: 'Mélanie',
  birthDate: '1985-03-02',
  immigrationCategory: 'economic',
  arrivalDate: '2024-05-10',
})
const dossierA = await buildDossier(ctx, { personId: atA.id, servicePointId: pointA.id })
const atB = await buildPerson(ctx, { familyName: 'Bouchard', givenName: 'Ali', birthDate: '1990-07-14' })
await buildDossier(ctx, { personId: atB.id, servicePointId: pointB.id })
const noDossier = await buildPerson(ctx, { familyName: 'Cyr', givenName: 'Lina', birthDate: '1990-07-14' })
const elsewhere = await buildPerson(ctx, { familyName: 'Dubé', givenName: 'Jean', regionCode: '01' })
await buildDossier(ctx, { personId: elsewhere.id, regionCode: '01' })

const director = (await staffOf(app, 'director', 'region', '11')).ctx
const ids = (r: { cells: unknown[][] }) => r.cells.map((c) => c[0]).sort()

test('a regional director exports the persons of the region, none of another region', async () => {
  const result = await exportOf(personsExport(), director)
  assert.deepEqual(ids(result), [atA.id, atB.id, noDossier.id].sort())
  assert.equal(result.count, 3)
  const mine = result.cells.find((c) => c[0] === atA.id)
  assert.deepEqual(mine, [
    atA.id,
    'Arsenault',
    'Mélanie',
    '1985-03-02',
    '11',
    'Gaspésie–Îles-de-la-Madeleine',
    'Immigration économique',
    '2024-05-10',
  ])
})

test('a service point agent exports only the persons of their service point', async () => {
  const agent = (await staffOf(app, 'agent', 'service_point', pointA.id)).ctx
  const result = await exportOf(personsExport(), agent)
  assert.deepEqual(ids(result), [atA.id])
  assert.equal(result.count, 1)
})

test('a partner or an advisor (no people.read) is refused', async () => {
  const partner = (await staffOf(app, 'partner', 'all')).ctx
  const advisor = (await staffOf(app, 'advisor', 'region', '11')).ctx
  for (const who of [partner, advisor]) {
    await assert.rejects(exportOf(personsExport(), who), { kind: 'forbidden' })
    await assert.rejects(personsExport().count(who, {}), { kind: 'forbidden' })
  }
})

test('the list filters: date of birth, a name with a typo, a dossier number; a bad date is refused', async () => {
  const born = await exportOf(personsExport(), director, { birthDate: '1990-07-14' })
  assert.deepEqual(ids(born), [atB.id, noDossier.id].sort())
  assert.equal(born.count, 2)
  const named = await exportOf(personsExport(), director, { q: 'arseneault' })
  assert.deepEqual(ids(named), [atA.id])
  assert.deepEqual(ids(await exportOf(personsExport(), director, { q: dossierA.number })), [atA.id])
  assert.throws(() => personsExport().filters.parse({ birthDate: '1990-02-31' }))
})

test('batches cut at the page size, every row once, in id order', async () => {
  const all = await exportOf(personsExport(2), ctx)
  assert.deepEqual(all.sizes, [2, 2])
  const inOrder = all.cells.map((c) => c[0])
  assert.deepEqual(inOrder, [...inOrder].sort())
  assert.equal(new Set(inOrder).size, 4)
  assert.deepEqual((await exportOf(personsExport(3), ctx)).sizes, [3, 1])
})

test('headers and words in French and in English', async () => {
  const fr = await exportOf(personsExport(), director, { q: 'Arsenault' }, 'fr')
  const en = await exportOf(personsExport(), director, { q: 'Arsenault' }, 'en')
  assert.ok(fr.headers.includes('Nom de famille') && en.headers.includes('Family name'))
  assert.deepEqual(column(en, 'Immigration category or status'), ['Economic immigration'])
  assert.deepEqual(column(en, 'Settlement region'), ['Gaspésie–Îles-de-la-Madeleine'])
})
