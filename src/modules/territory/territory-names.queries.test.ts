import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../test/build-test-app.js'
import { buildServicePoint, buildStaff } from '../../../test/factories/territory.js'
import { findTerritoryNames } from './territory-names.queries.js'

const app = await buildTestApp()

test('names service points, staff members and regions (both languages) in one call, skipping null and unknown keys', async () => {
  const point = await buildServicePoint(app.system, { name: 'Point de Gaspé' })
  const agent = await buildStaff(app.system, { fullName: 'Agathe Tremblay' })
  const unknown = '00000000-0000-4000-8000-000000000000'
  const names = await findTerritoryNames(app.system.db, {
    servicePointIds: [point.id, point.id, unknown, 'not-a-uuid'],
    staffIds: [agent.id, null],
    regionCodes: ['11', '99'],
  })
  assert.deepEqual([...names.servicePoints], [[point.id, 'Point de Gaspé']])
  assert.deepEqual([...names.staff], [[agent.id, 'Agathe Tremblay']])
  assert.deepEqual([...names.regions.keys()], ['11'])
  assert.match(names.regions.get('11')!.nameFr, /Gaspésie/)
  assert.match(names.regions.get('11')!.nameEn, /Gaspésie/)
})

test('asks nothing when no key is given', async () => {
  const names = await findTerritoryNames(app.system.db, { staffIds: [null] })
  assert.equal(names.servicePoints.size + names.staff.size + names.regions.size, 0)
})

test('names regions alone, or staff alone (a union takes its column names from whichever branch comes first)', async () => {
  const regionsOnly = await findTerritoryNames(app.system.db, { regionCodes: ['11'] })
  assert.equal(regionsOnly.regions.get('11')?.nameEn, 'Gaspésie–Îles-de-la-Madeleine')
  const staff = await buildStaff(app.system, { fullName: 'Seule Personne' })
  const staffOnly = await findTerritoryNames(app.system.db, { staffIds: [staff.id], regionCodes: ['01'] })
  assert.equal(staffOnly.staff.get(staff.id), 'Seule Personne')
  assert.equal(staffOnly.regions.get('01')?.nameFr, 'Bas-Saint-Laurent')
})
