import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { submitEmployerRequest } from './employer-request.service.js'

const app = await buildTestApp()

test('the API is documented under the tag employer-requests (not the pages)', async () => {
  const res = await app.app.inject({ method: 'GET', url: '/api/openapi.json' })
  assert.equal(res.statusCode, 200)
  const paths = res.json().paths
  assert.deepEqual(paths['/api/v1/employer-requests'].get.tags, ['employer-requests'])
  for (const action of ['reject', 'link', 'convert']) assert.ok(paths[`/api/v1/employer-requests/{id}/${action}`].post)
  assert.equal(paths['/app/demandes-entreprises'], undefined)
  assert.equal(paths['/fr/entreprises/demande'], undefined)
})

test('answers bad JSON input with 400 and a message per field, an unknown status filter too', async () => {
  const advisor = await app.userOf('advisor', 'region', '11')
  const r = await submitEmployerRequest(app.system, {
    enterpriseName: 'Api inc.',
    city: 'Gaspé',
    regionCode: '11',
    contactName: 'Eve',
    email: 'eve@api.example',
    language: 'en',
    message: 'Help',
  })
  const link = await app.injectAs(advisor, {
    method: 'POST',
    url: `/api/v1/employer-requests/${r.id}/link?lang=en`,
    payload: { enterpriseId: 'nope' },
  })
  assert.equal(link.statusCode, 400)
  assert.match(link.body, /enterpriseId/)
  const convert = await app.injectAs(advisor, {
    method: 'POST',
    url: `/api/v1/employer-requests/${r.id}/convert`,
    payload: { legalName: '', neq: '12', city: 'Gaspé', scianCode: '31-33', regionCode: '11' },
  })
  assert.equal(convert.statusCode, 400)
  assert.match(convert.body, /legalName/)
  assert.match(convert.body, /neq/)
  const list = await app.injectAs(advisor, { method: 'GET', url: '/api/v1/employer-requests?status=lost' })
  assert.equal(list.statusCode, 400)
})
