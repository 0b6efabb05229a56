import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { ensureSchedules, runDueJobs } from './job-runner.js'

const t = await buildTestApp()

test('admins see each job with its last counts or error; others may not', async () => {
  const jobs = [
    { name: 'test.counts', everySeconds: 3600, run: async () => ({ deleted: 3 }) },
    {
      name: 'test.fails',
      everySeconds: 86_400,
      run: async () => {
        throw new RangeError('bad range')
      },
    },
  ]
  await ensureSchedules(t.system.db, jobs, new Date())
  await runDueJobs(t.base, jobs)
  const admin = await t.userOf('admin', 'all')
  const fr = await t.injectAs(admin, { method: 'GET', url: '/app/admin/taches' })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1[^>]*>Tâches de fond<\/h1>/)
  assert.match(fr.body, /test\.counts<\/code>/)
  assert.match(fr.body, /deleted 3/)
  assert.match(fr.body, /Échec : RangeError bad range/)
  assert.match(fr.body, /1 j/)
  const en = await t.injectAs(admin, { method: 'GET', url: '/app/admin/taches?lang=en' })
  assert.match(en.body, /Background jobs/)
  assert.match(en.body, /Failed: RangeError bad range/)
  const director = await t.userOf('director', 'region', '11')
  assert.equal((await t.injectAs(director, { method: 'GET', url: '/app/admin/taches' })).statusCode, 403)
})
