import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import type { Db } from '../../../platform/db/database.js'
import { addContactChannel, createDirectorate } from '../directorates/directorate.service.js'
import { listRegionContacts } from './region-contacts.js'
import { findRegionProfile } from './region-profile.js'

const app = await buildTestApp()
const ON = '2026-06-15'

before(async () => {
  // A directorate serving 01 and 11 with one email for both, and a phone line of region 11 only.
  const east = await createDirectorate(app.system, {
    nameFr: 'Direction de l’Est (essai)',
    nameEn: 'Eastern directorate (test)',
    regionCodes: ['01', '11'],
    validFrom: '2020-01-01',
  })
  await addContactChannel(app.system, {
    directorateId: east.id,
    kind: 'email',
    value: 'est@test.example',
    validFrom: '2020-01-01',
  })
  await addContactChannel(app.system, {
    directorateId: east.id,
    regionCode: '11',
    kind: 'phone',
    value: '1 800 555-0111',
    validFrom: '2020-01-01',
  })
  await addContactChannel(app.system, {
    directorateId: east.id,
    kind: 'phone',
    value: '1 800 555-0999',
    validFrom: '2030-01-01',
  })
  // A directorate that starts serving the Côte-Nord only later: on ON the region has none, nor its channel.
  const later = await createDirectorate(app.system, {
    nameFr: 'Direction future (essai)',
    nameEn: 'Future directorate (test)',
    regionCodes: ['09'],
    validFrom: '2030-01-01',
  })
  await addContactChannel(app.system, {
    directorateId: later.id,
    kind: 'email',
    value: 'futur@test.example',
    validFrom: '2020-01-01',
  })
  // Laval: a channel of its own, no directorate.
  await addContactChannel(app.system, {
    regionCode: '13',
    kind: 'email',
    value: 'laval@test.example',
    validFrom: '2020-01-01',
  })
  await buildServicePoint(app.system, { regionCode: '11', city: 'Percé' })
  await buildServicePoint(app.system, { regionCode: '11', city: 'Gaspé' })
  await buildServicePoint(app.system, {
    regionCode: '11',
    city: 'Carleton',
    validFrom: '2019-01-01',
    validTo: '2021-01-01',
  })
  await buildServicePoint(app.system, { regionCode: '11', city: 'Chandler', validFrom: '2030-01-01' })
  await buildServicePoint(app.system, { regionCode: '09', city: 'Sept-Îles' })
})

const byCode = async (date = ON) =>
  new Map((await listRegionContacts(app.system.db, date)).map((r) => [r.region.code, r]))

test('lists every region in code order, each with the directorate serving it on the date or none', async () => {
  const all = await listRegionContacts(app.system.db, ON)
  assert.deepEqual(
    all.map((r) => r.region.code),
    Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')),
  )
  const regions = await byCode()
  assert.equal(regions.get('11')?.directorate?.nameFr, 'Direction de l’Est (essai)')
  assert.equal(regions.get('01')?.directorate?.nameEn, 'Eastern directorate (test)')
  assert.equal(regions.get('09')?.directorate, null, 'the Côte-Nord directorate starts later')
  assert.equal((await byCode('2030-06-01')).get('09')?.directorate?.nameFr, 'Direction future (essai)')
})

test("gives a region its own channels and its directorate's shared ones in force, never another region's", async () => {
  const regions = await byCode()
  assert.deepEqual(regions.get('11')?.contacts, [
    { kind: 'email', value: 'est@test.example' },
    { kind: 'phone', value: '1 800 555-0111' },
  ])
  assert.deepEqual(regions.get('01')?.contacts, [{ kind: 'email', value: 'est@test.example' }])
  assert.deepEqual(regions.get('13')?.contacts, [{ kind: 'email', value: 'laval@test.example' }])
  assert.deepEqual(regions.get('09')?.contacts, [], 'no directorate yet, so none of its channels')
  assert.deepEqual(regions.get('06')?.contacts, [])
})

test('gives each region its service points in force on the date, by city', async () => {
  const regions = await byCode()
  assert.deepEqual(
    regions.get('11')?.servicePoints.map((p) => p.city),
    ['Gaspé', 'Percé'],
  )
  assert.deepEqual(
    regions.get('09')?.servicePoints.map((p) => p.city),
    ['Sept-Îles'],
  )
  assert.deepEqual(regions.get('06')?.servicePoints, [])
  assert.deepEqual(
    (await byCode('2020-06-01')).get('11')?.servicePoints.map((p) => p.city),
    ['Carleton', 'Gaspé', 'Percé'],
  )
})

test("agrees with each region's public profile read one at a time", async () => {
  for (const contacts of await listRegionContacts(app.system.db, ON)) {
    const profile = await findRegionProfile(app.system.db, contacts.region.slug, ON)
    assert.ok(profile)
    const { advisors: _advisors, agents: _agents, ...same } = profile
    assert.deepEqual(contacts, same, `region ${contacts.region.code}`)
  }
})

/** The database with a count of the queries built from it (each select or execute call is one round trip). */
function countingDb(db: Db): { db: Db; queries: () => number } {
  let queries = 0
  const counted = new Set<PropertyKey>(['select', 'selectDistinct', 'execute'])
  const proxy = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      if (!counted.has(prop)) return value.bind(target)
      return (...args: unknown[]) => {
        queries++
        return value.apply(target, args)
      }
    },
  })
  return { db: proxy, queries: () => queries }
}

test('reads all 17 regions in four queries, not a few per region', async () => {
  const counting = countingDb(app.system.db)
  const all = await listRegionContacts(counting.db, ON)
  assert.equal(all.length, 17)
  assert.equal(counting.queries(), 4)
})
