import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier } from '../../../../test/factories/people.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'

const app = await buildTestApp()
let agent: TestUser
let advisor: TestUser
let dossierId: string

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  advisor = await app.userOf('advisor', 'region', '11')
  const staff = await buildStaff(app.system, { role: 'agent', regionCode: '11' })
  const userId = agent.actor.kind === 'user' ? agent.actor.userId : ''
  await app.system.db.execute(sql`update territory.staff_members set user_id = ${userId} where id = ${staff.id}`)
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  // Started long ago, no first meeting yet: overdue whatever today is.
  dossierId = (await buildDossier(app.system, { servicePointId: sp.id, agentId: staff.id, startsOn: '2020-01-06' })).id
})

test('shows the agent’s work queue with the overdue first meeting linked to its dossier, in French and English', async () => {
  const fr = await app.injectAs(agent, { method: 'GET', url: '/app/mon-travail' })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h2 id="work-first_meeting">Premières rencontres à tenir \(1\)<\/h2>/)
  assert.match(fr.body, new RegExp(`href="/app/dossiers/${dossierId}"`))
  assert.match(fr.body, /En retard/)
  const en = await app.injectAs(agent, { method: 'GET', url: '/app/mon-travail?lang=en' })
  assert.match(en.body, /First meetings to hold \(1\)/)
})

test('puts the work counts on the staff home after the welcome, with a link to the queue', async () => {
  const res = await app.injectAs(agent, { method: 'GET', url: '/app' })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<h2 id="my-work">Mon travail<\/h2>/)
  assert.match(res.body, /href="\/app\/mon-travail#work-first_meeting"/)
  assert.match(res.body, /Mon travail<\/a>/, 'the navigation links the queue')
})

test('refuses the queue to a role without access to persons, whose home has no such section', async () => {
  assert.equal((await app.injectAs(advisor, { method: 'GET', url: '/app/mon-travail' })).statusCode, 403)
  const home = await app.injectAs(advisor, { method: 'GET', url: '/app' })
  assert.equal(home.statusCode, 200)
  assert.doesNotMatch(home.body, /id="my-work"/)
})
