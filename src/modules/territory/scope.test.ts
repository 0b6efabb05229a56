import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../test/build-test-app.js'
import { buildServicePoint } from '../../../test/factories/territory.js'
import type { Actor, ScopeKind } from '../access/index.js'
import { createDirectorate } from './directorates/directorate.service.js'
import { regionCodesInScope } from './scope.js'

const app = await buildTestApp()
const { id: directorateId } = await createDirectorate(app.system, { nameFr: 'Direction test', nameEn: 'Test directorate', regionCodes: ['01', '11'], validFrom: '2019-08-01' })
// Region 01 leaves the directorate at the end of 2024 (valid_to is exclusive).
await app.system.db.execute(sql`update territory.directorate_regions set valid_to = '2025-01-01' where directorate_id = ${directorateId} and region_code = '01'`)
const sp = await buildServicePoint(app.system, { regionCode: '11' })

const user = (kind: ScopeKind, ref: string | null): Actor => ({
  kind: 'user', userId: 'u', email: 'e', displayName: 'd', role: 'director', scope: { kind, ref }, locale: 'fr', via: 'session',
})

test('resolves each scope kind to its regions, following the directorate mapping over time', async () => {
  const cases: [Actor, string, 'all' | string[]][] = [
    [{ kind: 'system', label: 't' }, '2024-06-01', 'all'],
    [user('all', null), '2024-06-01', 'all'],
    [user('region', '06'), '2024-06-01', ['06']],
    [user('service_point', sp.id), '2024-06-01', ['11']],
    [user('service_point', '00000000-0000-4000-8000-000000000000'), '2024-06-01', []],
    [user('directorate', directorateId), '2024-12-31', ['01', '11']],
    [user('directorate', directorateId), '2025-01-01', ['11']],
    [user('directorate', directorateId), '2019-07-31', []],
    [user('organization', 'x'), '2024-06-01', []],
  ]
  for (const [actor, date, expected] of cases) {
    const got = await regionCodesInScope(app.system.db, actor, date)
    assert.deepEqual(got === 'all' ? got : [...got].sort(), expected, `${actor.kind === 'user' ? actor.scope.kind : 'system'} on ${date}`)
  }
})
