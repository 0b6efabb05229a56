import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'

const app = await buildTestApp()
let agent: TestUser
let director: TestUser
let outsider: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  director = await app.userOf('director', 'region', '11')
  outsider = await app.userOf('agent', 'region', '01')
})

const api = (user: TestUser | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  app.injectAs(user, { method, url, payload, headers: { authorization: `Bearer ${user?.token}` } })

test('POST /api/v1/dossiers opens a dossier (201) and answers 400 with a message per field in French and English', async () => {
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const person = await buildPerson(app.system, { regionCode: '11' })
  const res = await api(agent, 'POST', '/api/v1/dossiers', {
    personId: person.id,
    servicePointId: sp.id,
    intakeChannel: 'walk_in',
    startsOn: '2021-06-21',
  })
  assert.equal(res.statusCode, 201, res.body)
  assert.equal(res.json().firstMeetingDueOn, '2021-06-29')

  const bad = { personId: 'x', intakeChannel: 'fax', startsOn: '2021-02-30' }
  const fr = await api(agent, 'POST', '/api/v1/dossiers', bad)
  assert.equal(fr.statusCode, 400)
  const fields = fr.json().error.fields
  assert.equal(fields.personId, 'Identifiant invalide.')
  assert.equal(fields.servicePointId, 'Ce champ est obligatoire.')
  assert.equal(fields.intakeChannel, 'Choisissez l’une des valeurs proposées.')
  assert.match(fields.startsOn, /Date invalide/)
  const en = await api(agent, 'POST', '/api/v1/dossiers?lang=en', bad)
  assert.equal(en.json().error.fields.servicePointId, 'This field is required.')
})

test('GET /api/v1/dossiers/:id: 200 in the region, 404 for another region’s agent, 404 for an unknown id', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  assert.equal((await api(agent, 'GET', `/api/v1/dossiers/${d.id}`)).json().number, d.number)
  assert.equal((await api(outsider, 'GET', `/api/v1/dossiers/${d.id}`)).statusCode, 404)
  assert.equal((await api(agent, 'GET', '/api/v1/dossiers/00000000-0000-4000-8000-000000000000')).statusCode, 404)
})

test('lifecycle routes: a legal move 200, an illegal one 409 with its message, closing without a reason 400', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const ok = await api(agent, 'POST', `/api/v1/dossiers/${d.id}/status`, { to: 'assessment' })
  assert.equal(ok.json().status, 'assessment')
  const refused = await api(agent, 'POST', `/api/v1/dossiers/${d.id}/status?lang=en`, { to: 'follow_up' })
  assert.equal(refused.statusCode, 409)
  assert.equal(refused.json().error.code, 'DOSSIER_TRANSITION_NOT_ALLOWED')
  assert.match(refused.json().error.message, /“In assessment” cannot move to “In follow-up”/)
  const noReason = await api(agent, 'POST', `/api/v1/dossiers/${d.id}/close`, {})
  assert.equal(noReason.statusCode, 400)
  assert.equal(noReason.json().error.fields.closureReason, 'Choisissez l’une des valeurs proposées.')
  const closed = await api(agent, 'POST', `/api/v1/dossiers/${d.id}/close`, { closureReason: 'goals_met' })
  assert.equal(closed.json().status, 'closed')
  assert.equal((await api(agent, 'POST', `/api/v1/dossiers/${d.id}/reopen`, {})).json().status, 'open')
})

test('a director may read but not change a dossier (403); another region’s agent gets 404', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  assert.equal((await api(director, 'GET', `/api/v1/dossiers/${d.id}`)).statusCode, 200)
  assert.equal((await api(director, 'POST', `/api/v1/dossiers/${d.id}/status`, { to: 'assessment' })).statusCode, 403)
  assert.equal((await api(outsider, 'POST', `/api/v1/dossiers/${d.id}/status`, { to: 'assessment' })).statusCode, 404)
})

test('transfer and assign routes; the list pages with a cursor and refuses a forged one', async () => {
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const target = await buildServicePoint(app.system, { regionCode: '01' })
  const d = await buildDossier(app.system, { regionCode: '11', servicePointId: sp.id })
  const assigned = await api(agent, 'POST', `/api/v1/dossiers/${d.id}/assign`, { servicePointId: sp.id })
  assert.equal(assigned.statusCode, 200)
  const moved = await api(agent, 'POST', `/api/v1/dossiers/${d.id}/transfer`, {
    servicePointId: target.id,
    reason: 'Déménagement',
  })
  assert.equal(moved.json().regionCode, '01')
  assert.equal((await api(outsider, 'GET', `/api/v1/dossiers/${d.id}`)).json().workable, true)

  const list = await api(agent, 'GET', `/api/v1/dossiers?person=${d.personId}`)
  assert.deepEqual(
    list.json().data.map((x: { id: string }) => x.id),
    [d.id],
  )
  assert.equal(list.json().next, null)
  const forged = await api(agent, 'GET', '/api/v1/dossiers?after=bm90LWEtY3Vyc29y')
  assert.equal(forged.statusCode, 400)
  assert.equal(forged.json().error.fields.after, 'Position invalide.')
})

test('interventions API: record (201), list by dossier, one by id; 400 per field; 404 elsewhere', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const res = await api(agent, 'POST', '/api/v1/interventions', {
    dossierId: d.id,
    occurredAt: '2021-03-01T22:30:00-05:00',
    mode: 'phone',
    durationMinutes: 30,
    summary: 'Appel de suivi.',
  })
  assert.equal(res.statusCode, 201, res.body)
  assert.equal(res.json().occurredOn, '2021-03-01')
  const list = await api(agent, 'GET', `/api/v1/interventions?dossier=${d.id}`)
  assert.equal(list.json().data.length, 1)
  assert.equal((await api(agent, 'GET', `/api/v1/interventions/${res.json().id}`)).statusCode, 200)
  assert.equal((await api(outsider, 'GET', `/api/v1/interventions/${res.json().id}`)).statusCode, 404)
  assert.equal((await api(outsider, 'GET', `/api/v1/interventions?dossier=${d.id}`)).statusCode, 404)

  const bad = await api(agent, 'POST', '/api/v1/interventions?lang=en', {
    dossierId: d.id,
    occurredAt: '2021-03-01',
    mode: 'fax',
    durationMinutes: 601,
    summary: '',
  })
  assert.equal(bad.statusCode, 400)
  const f = bad.json().error.fields
  assert.equal(f.occurredAt, 'Invalid format.')
  assert.equal(f.mode, 'Choose one of the values offered.')
  assert.equal(f.durationMinutes, 'Must be at most 600.')
  assert.equal(f.summary, 'This field is required.')
})
