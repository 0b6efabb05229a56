import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'

const app = await buildTestApp()

// Found by the reliability suite's authorization matrix: the edit form of a signed agreement redirected read-only
// staff to the amendment form (303) before checking they may manage agreements.
test('the edit form of a signed agreement answers 403 to staff who may not manage agreements, not a redirect', async () => {
  const agreement = await buildAgreement(app.system, await buildOrganization(app.system))
  const url = `/app/ententes/${agreement.id}/modifier`
  for (const role of ['agent', 'advisor'] as const) {
    const res = await app.injectAs(await app.userOf(role, 'region', '11'), { method: 'GET', url })
    assert.equal(res.statusCode, 403, role)
  }
  const director = await app.injectAs(await app.userOf('director', 'region', '11'), { method: 'GET', url })
  assert.equal(director.statusCode, 303)
  assert.equal(director.headers.location, `/app/ententes/${agreement.id}/avenants/nouveau`)
})
