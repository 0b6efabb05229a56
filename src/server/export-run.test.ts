import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import { buildTestApp, csrfToken } from '../../test/build-test-app.js'
import { buildDossier, buildIntervention } from '../../test/factories/people.js'
import { applicationJobs } from './jobs.js'
import { loadConfig } from '../platform/config.js'
import { runJobNow } from '../modules/access/index.js'

// The application's own sources (h2's persons, interventions, …) through the whole path: the list's form, the
// `exports.run` job as the server runs it, the file — each user getting only their regions' rows.
test('interventions export through the form, the exports.run job and the download, limited to the caller’s region', async () => {
  const t = await buildTestApp()
  for (const regionCode of ['11', '11', '06']) {
    const dossier = await buildDossier(t.system, { regionCode })
    await buildIntervention(t.system, dossier, { occurredOn: '2024-05-02' })
  }
  const agent = await t.userOf('agent', 'region', '11')
  const asked = await t.injectAs(agent, {
    method: 'POST',
    url: '/app/exports?lang=en',
    payload: { _csrf: csrfToken, source: 'interventions', format: 'csv', from: '2024-01-01', to: '2024-12-31' },
  })
  assert.equal(asked.statusCode, 303, asked.body)
  const href = String(asked.headers.location)
  const job = applicationJobs(loadConfig({ LOG_LEVEL: 'silent' })).find((j) => j.name === 'exports.run')!
  const ran = await runJobNow(t.base, job)
  assert.deepEqual(ran?.result, { done: 1, failed: 0, cancelled: 0 }, ran?.error ?? '')
  const file = await t.injectAs(agent, { method: 'GET', url: `${href}/fichier` })
  assert.equal(file.statusCode, 200)
  const rows = parse(file.rawPayload.subarray(3).toString('utf8')) as string[][]
  assert.equal(rows.length, 3, 'the header and region 11’s two interventions')
  const badPeriod = await t.injectAs(agent, {
    method: 'POST',
    url: '/app/exports',
    payload: { _csrf: csrfToken, source: 'interventions', format: 'xlsx', from: '2024-12-31', to: '2024-01-01' },
  })
  assert.equal(badPeriod.statusCode, 400)
  assert.match(badPeriod.body, /href="#f-to"/)
})
