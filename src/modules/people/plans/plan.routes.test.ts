import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildAssessedDossier, buildOrganization, buildPlanStep } from '../../../../test/factories/plans.js'
import { buildDossier } from '../../../../test/factories/people.js'

const app = await buildTestApp()
let agent: TestUser
let otherRegion: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  otherRegion = await app.userOf('agent', 'region', '01')
})

const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.token}` })

test('PUT then GET a dossier’s needs through the API', async () => {
  const dossier = await buildDossier(app.system)
  const put = await app.injectAs(agent, {
    method: 'PUT',
    url: `/api/v1/dossiers/${dossier.id}/needs`,
    payload: { needs: [{ code: 'job_search', priority: 'high', notes: 'CV à adapter' }] },
  })
  assert.equal(put.statusCode, 200)
  const got = await app.injectAs(agent, { method: 'GET', url: `/api/v1/dossiers/${dossier.id}/needs` })
  const [need] = got.json().data
  assert.equal(need.code, 'job_search')
  assert.equal(need.volet, 'employment')
  assert.equal(need.status, 'identified')
  assert.equal(need.assessedBy, agent.actor.kind === 'user' ? agent.actor.userId : null)
})

test('a need without priority answers 400 with the field’s message in French or English', async () => {
  const dossier = await buildDossier(app.system)
  for (const [lang, message] of [
    ['fr', 'Choisissez l’une des valeurs proposées.'],
    ['en', 'Choose one of the values offered.'],
  ] as const) {
    const res = await app.injectAs(agent, {
      method: 'PUT',
      url: `/api/v1/dossiers/${dossier.id}/needs?lang=${lang}`,
      payload: { needs: [{ code: 'housing' }] },
    })
    assert.equal(res.statusCode, 400)
    assert.equal(res.json().error.fields['needs.0.priority'], message)
  }
})

test('POST a plan step, then PATCH its status; a need of another dossier answers 400', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const other = await buildAssessedDossier(app.system)
  const org = await buildOrganization(app.system, '11')
  const created = await app.injectAs(agent, {
    method: 'POST',
    url: `/api/v1/dossiers/${dossier.id}/plan-steps`,
    payload: {
      needId: needId('housing'),
      action: 'Visite',
      responsible: 'partner',
      organizationId: org.id,
      dueOn: '2030-01-10',
    },
  })
  assert.equal(created.statusCode, 201)
  assert.equal(created.json().status, 'planned')
  const patched = await app.injectAs(agent, {
    method: 'PATCH',
    url: `/api/v1/plan-steps/${created.json().id}`,
    payload: { status: 'done' },
  })
  assert.equal(patched.statusCode, 200)
  assert.ok(patched.json().doneOn)
  const list = await app.injectAs(agent, { method: 'GET', url: `/api/v1/dossiers/${dossier.id}/plan-steps` })
  assert.deepEqual(
    list.json().data.map((s: { action: string }) => s.action),
    ['Visite'],
  )
  const wrong = await app.injectAs(agent, {
    method: 'POST',
    url: `/api/v1/dossiers/${dossier.id}/plan-steps?lang=en`,
    payload: { needId: other.needId('housing'), action: 'Visite', responsible: 'agent' },
  })
  assert.equal(wrong.statusCode, 400)
  assert.equal(wrong.json().error.fields.needId, 'Choose a need assessed in this dossier.')
})

test('another region’s agent gets 404 on every needs and plan endpoint (session or token)', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const step = await buildPlanStep(app.system, dossier.id, needId('housing'))
  const calls = [
    { method: 'GET', url: `/api/v1/dossiers/${dossier.id}/needs` },
    { method: 'PUT', url: `/api/v1/dossiers/${dossier.id}/needs`, payload: { needs: [] } },
    { method: 'GET', url: `/api/v1/dossiers/${dossier.id}/plan-steps` },
    {
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/plan-steps`,
      payload: { needId: needId('housing'), action: 'x', responsible: 'agent' },
    },
    { method: 'PATCH', url: `/api/v1/plan-steps/${step.id}`, payload: { status: 'done' } },
  ] as const
  for (const call of calls) {
    const res = await app.injectAs(null, { ...call, headers: bearer(otherRegion) })
    assert.equal(res.statusCode, 404, `${call.method} ${call.url}`)
  }
  const still = await app.injectAs(agent, { method: 'GET', url: `/api/v1/dossiers/${dossier.id}/needs` })
  assert.equal(still.json().data.length, 2)
})

test('the OpenAPI document lists the needs and plan endpoints', async () => {
  const res = await app.injectAs(null, { method: 'GET', url: '/api/openapi.json' })
  assert.equal(res.statusCode, 200)
  const paths = res.json().paths
  assert.ok(paths['/api/v1/dossiers/{id}/needs']?.put)
  assert.ok(paths['/api/v1/dossiers/{id}/plan-steps']?.post)
  assert.ok(paths['/api/v1/plan-steps/{id}']?.patch)
})
