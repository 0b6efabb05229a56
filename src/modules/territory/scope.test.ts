import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../test/build-test-app.js'
import { buildServicePoint } from '../../../test/factories/territory.js'
import { createOrganization } from '../partners/index.js'
import { createUser, Scope, type ScopeGrant } from '../access/index.js'
import { AppError } from '../../platform/errors.js'
import { createDirectorate } from './directorates/directorate.service.js'

const app = await buildTestApp()
const { id: directorateId } = await createDirectorate(app.system, {
  nameFr: 'Direction test',
  nameEn: 'Test directorate',
  regionCodes: ['01', '11'],
  validFrom: '2019-08-01',
})
// Region 01 leaves the directorate at the end of 2024 (valid_to is exclusive).
await app.system.db.execute(
  sql`update territory.directorate_regions set valid_to = '2025-01-01' where directorate_id = ${directorateId} and region_code = '01'`,
)
const sp = await buildServicePoint(app.system, { regionCode: '11' })
const org = await createOrganization(app.system, { name: 'Organisme test', kind: 'literacy', regionCode: '11' })
const unknownId = '00000000-0000-4000-8000-000000000000'

const grant = (kind: ScopeGrant['kind'], ref: string | null): ScopeGrant => ({ kind, ref })

test('resolves each grant to its regions, following the directorate mapping over time', async () => {
  const cases: [ScopeGrant, string, 'all' | string[] | undefined][] = [
    [grant('all', null), '2024-06-01', 'all'],
    [grant('region', '06'), '2024-06-01', ['06']],
    [grant('region', '99'), '2024-06-01', undefined],
    [grant('service_point', sp.id), '2024-06-01', ['11']],
    [grant('service_point', unknownId), '2024-06-01', undefined],
    [grant('service_point', 'gaspe'), '2024-06-01', undefined],
    [grant('directorate', directorateId), '2024-12-31', ['01', '11']],
    [grant('directorate', directorateId), '2025-01-01', ['11']],
    [grant('directorate', directorateId), '2019-07-31', []],
    [grant('directorate', 'not-a-uuid'), '2024-06-01', undefined],
    [grant('organization', org.id), '2024-06-01', []],
    [grant('organization', unknownId), '2024-06-01', undefined],
  ]
  for (const [g, date, expected] of cases) {
    const scope = await app.base.resolveScope(app.system.db, g, date)
    const got = scope === undefined ? undefined : scope.regionCodes === 'all' ? 'all' : [...scope.regionCodes].sort()
    assert.deepEqual(got, expected, `${g.kind} ${g.ref} on ${date}`)
  }
})

test('a service-point scope reads its region but owns only its service point’s records', async () => {
  const scope = (await app.base.resolveScope(app.system.db, grant('service_point', sp.id), '2024-06-01'))!
  assert.equal(scope.coversRegion('11'), true)
  assert.equal(scope.coversRegion('01'), false)
  assert.equal(scope.covers({ regionCode: '11', servicePointId: sp.id }), true)
  assert.equal(scope.covers({ regionCode: '11', servicePointId: unknownId }), false)
  assert.equal(scope.covers({ regionCode: '11', servicePointId: null }), false)
  assert.equal(scope.covers({ regionCode: '01', servicePointId: null }), false)
})

test('an organization scope reaches only records addressed to its organization', async () => {
  const scope = (await app.base.resolveScope(app.system.db, grant('organization', org.id), '2024-06-01'))!
  assert.equal(scope.coversRegion('11'), false)
  assert.equal(scope.coversOrganization(org.id), true)
  assert.equal(scope.coversOrganization(unknownId), false)
  assert.equal(scope.covers({ regionCode: '11', servicePointId: null }), false, 'a partner reaches no region')
})

test('an account whose scope reference does not exist is refused at creation, and one left dangling reaches nothing', async () => {
  const cases: [ScopeGrant['kind'], string][] = [
    ['service_point', 'gaspe'],
    ['service_point', unknownId],
    ['region', '99'],
    ['directorate', unknownId],
    ['organization', unknownId],
  ]
  for (const [kind, ref] of cases) {
    await assert.rejects(
      app.userOf('agent', kind, ref),
      (e: unknown) =>
        e instanceof Error && 'fields' in e && (e as { fields: Record<string, unknown> }).fields.scopeRef !== undefined,
      `${kind} ${ref}`,
    )
  }
  // A service point deleted under an account (by hand, in the database) leaves a grant that resolves to nothing.
  const doomed = await buildServicePoint(app.system, { regionCode: '11' })
  const agent = await app.userOf('agent', 'service_point', doomed.id)
  await app.system.db.execute(sql`delete from territory.service_points where id = ${doomed.id}`)
  const res = await app.injectAs(agent, { method: 'GET', url: '/api/v1/service-points' })
  assert.equal(res.statusCode, 200)
  assert.deepEqual(res.json().data, [])
})

test("refuses an account wider than its creator's scope: every region, or another region", async () => {
  const admin11 = await app.userOf('admin', 'region', '11')
  const ctx = { ...app.system, actor: admin11.actor, scope: Scope.ofRegions('region', ['11']) }
  // (The test directorate serves only region 11 today: an account for it would be within.)
  const cases: [ScopeGrant['kind'], string | undefined][] = [
    ['all', undefined],
    ['region', '06'],
  ]
  for (const [scopeKind, scopeRef] of cases) {
    await assert.rejects(
      createUser(ctx, {
        email: `x${Date.now()}${scopeKind}@test.example`,
        displayName: 'X',
        password: 'correct horse battery',
        role: 'agent',
        scopeKind,
        scopeRef,
      }),
      (e: unknown) => e instanceof AppError && /plus large que le vôtre/.test(e.fields?.scopeRef?.fr ?? ''),
      scopeKind,
    )
  }
  const ok = await createUser(ctx, {
    email: `ok${Date.now()}@test.example`,
    displayName: 'Y',
    password: 'correct horse battery',
    role: 'agent',
    scopeKind: 'service_point',
    scopeRef: sp.id,
  })
  assert.equal(ok.scopeKind, 'service_point')
})
