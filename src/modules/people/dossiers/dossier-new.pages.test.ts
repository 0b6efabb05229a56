import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'
import { actorUserId } from '../../access/index.js'
import { queryRows } from '../../../platform/db/database.js'

const app = await buildTestApp()
let agent: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  await buildServicePoint(app.system, { regionCode: '11' })
})

const newPage = (user: TestUser, personId: string, lang = 'fr') =>
  app.injectAs(user, { method: 'GET', url: `/app/dossiers/nouveau?person=${personId}&lang=${lang}` })

test('opening a dossier for a person who has one open warns, lists it with a link, and still offers the form', async () => {
  const person = await buildPerson(app.system, { regionCode: '11' })
  const open = await buildDossier(app.system, { regionCode: '11', personId: person.id, openedOn: '2021-03-01' })
  const closed = await buildDossier(app.system, { regionCode: '11', personId: person.id, status: 'closed' })
  const res = await newPage(agent, person.id)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /class="qc-notice qc-warning"/)
  assert.match(res.body, /Cette personne a déjà un dossier ouvert/)
  assert.match(res.body, new RegExp(`href="/app/dossiers/${open.id}" class="nowrap">${open.number}</a> \\(ouvert le 1`))
  assert.doesNotMatch(res.body, new RegExp(closed.id), 'a closed dossier is no reason to warn')
  assert.ok(res.body.indexOf('qc-warning') < res.body.indexOf('name="servicePointId"'), 'the warning comes first')
  const en = await newPage(agent, person.id, 'en')
  assert.match(en.body, /This person already has an open dossier/)

  const first = await buildPerson(app.system, { regionCode: '11' })
  assert.doesNotMatch((await newPage(agent, first.id)).body, /qc-warning/)
})

test('the agent field starts on the signed-in agent when they are an agent of the region, else on nobody', async () => {
  const me = await buildStaff(app.system, { regionCode: '11', role: 'agent', fullName: 'Amina Diallo' })
  await app.system.db.execute(
    sql`update territory.staff_members set user_id = ${actorUserId(agent.actor)} where id = ${me.id}`,
  )
  const person = await buildPerson(app.system, { regionCode: '11' })
  const mine = await newPage(agent, person.id)
  assert.match(mine.body, new RegExp(`<option value="${me.id}" selected>Amina Diallo</option>`))

  // An agent whose post is in another region than their account's scope, and an account with no post: nobody.
  const elsewhere = await app.userOf('agent', 'region', '11')
  const post01 = await buildStaff(app.system, { regionCode: '01', role: 'agent' })
  await app.system.db.execute(
    sql`update territory.staff_members set user_id = ${actorUserId(elsewhere.actor)} where id = ${post01.id}`,
  )
  for (const user of [elsewhere, await app.userOf('agent', 'region', '11')]) {
    const res = await newPage(user, person.id)
    const agentSelect = /<select id="f-agentId"[\s\S]*?<\/select>/.exec(res.body)?.[0] ?? ''
    assert.match(agentSelect, /Non assigné/)
    assert.doesNotMatch(agentSelect, /selected/)
  }
})

test('a creation form sent back with a person that is not a UUID answers 404, not a server error (found by the fuzzer)', async () => {
  const admin = await app.userOf('admin', 'all')
  const res = await app.injectAs(admin, {
    method: 'POST',
    url: '/app/dossiers/nouveau',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `personId=${encodeURIComponent("' or 1=1 --")}&startsOn=0000-09-30&_csrf=${encodeURIComponent(csrfToken)}`,
  })
  assert.equal(res.statusCode, 404)
  assert.match(res.body, /<h1/)
})

test("a service point's agent cannot reach, on the new-dossier form, a person followed at another service point", async () => {
  const [here, there] = [
    await buildServicePoint(app.system, { regionCode: '11' }),
    await buildServicePoint(app.system, { regionCode: '11' }),
  ]
  const followedThere = await buildPerson(app.system, { regionCode: '11' })
  await buildDossier(app.system, { personId: followedThere.id, regionCode: '11', servicePointId: there.id })
  const newcomer = await buildPerson(app.system, { regionCode: '11' })
  const local = await app.userOf('agent', 'service_point', here.id)
  assert.equal((await newPage(local, followedThere.id)).statusCode, 404)
  const opened = await app.injectAs(local, {
    method: 'POST',
    url: '/app/dossiers/nouveau',
    payload: { personId: followedThere.id, servicePointId: here.id, startsOn: '2026-01-05' },
  })
  assert.equal(opened.statusCode, 404)
  const rows = await queryRows<{ count: number }>(
    app.system.db,
    sql`select count(*)::int as count from people.dossiers where person_id = ${followedThere.id}`,
  )
  assert.equal(rows[0]?.count, 1)
  // A person without any dossier yet is reached by the staff of their region, and the region's agent reaches both.
  assert.equal((await newPage(local, newcomer.id)).statusCode, 200)
  assert.equal((await newPage(agent, followedThere.id)).statusCode, 200)
})
