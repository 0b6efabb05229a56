import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { getServicePointOrThrow, replaceServicePoint, updateServicePoint } from './service-point.service.js'

const app = await buildTestApp()

const auditCount = async (entityId: string) =>
  (
    await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.audit_events where entity_id = ${entityId}`,
    )
  )[0]!.n

test('refuses to move a service point to another region (its accounts would move with it)', async () => {
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  await assert.rejects(
    updateServicePoint(app.system, sp.id, { regionCode: '01' }),
    (e: unknown) => e instanceof AppError && e.fields?.regionCode !== undefined,
  )
  assert.equal((await getServicePointOrThrow(app.system, sp.id)).regionCode, '11')
})

test('a replacement that changes nothing writes nothing and records no event; one that does records the fields', async () => {
  const sp = await buildServicePoint(app.system, { city: 'Gaspé' })
  const { id: _id, active: _active, ...same } = sp
  const before = await auditCount(sp.id)
  await replaceServicePoint(app.system, sp.id, same)
  assert.equal(await auditCount(sp.id), before)
  const after = await replaceServicePoint(app.system, sp.id, { ...same, city: 'Percé' })
  assert.equal(after.city, 'Percé')
  const [event] = await queryRows<{ details: { changed: string[] } }>(
    app.system.db,
    sql`select details from access.audit_events where entity_id = ${sp.id} order by id desc limit 1`,
  )
  assert.deepEqual(event!.details.changed, ['city'])
})

test('rolls back the whole use case when a step fails: no half-written service point', async () => {
  const a = await buildServicePoint(app.system, { name: 'Premier' })
  const b = await buildServicePoint(app.system, { name: 'Second' })
  const { id: _id, active: _active, ...fields } = b
  await assert.rejects(replaceServicePoint(app.system, b.id, { ...fields, name: 'PREMIER', city: 'Ailleurs' }))
  const unchanged = await getServicePointOrThrow(app.system, b.id)
  assert.equal(unchanged.city, b.city)
  assert.equal(unchanged.name, 'Second')
  assert.ok(a.id)
})

test('stores a postal code as Canada Post writes it', async () => {
  for (const [typed, stored] of [
    ['g4x1a1', 'G4X 1A1'],
    ['G4X 1A1', 'G4X 1A1'],
    [' g4x 1a1 ', 'G4X 1A1'],
  ]) {
    const res = await app.app.inject({
      method: 'POST',
      url: '/api/v1/service-points',
      headers: { authorization: `Bearer ${(await admin()).token}` },
      payload: {
        regionCode: '11',
        name: `Poste ${typed}`,
        hostKind: 'mifi',
        hostName: 'MIFI',
        streetAddress: '1, rue A',
        city: 'Gaspé',
        postalCode: typed,
        validFrom: '2024-01-01',
      },
    })
    assert.equal(res.statusCode, 201, typed)
    assert.equal(res.json().postalCode, stored, typed)
  }
})

let adminUser: Awaited<ReturnType<typeof app.userOf>> | undefined
async function admin() {
  adminUser ??= await app.userOf('admin', 'all')
  return adminUser
}
