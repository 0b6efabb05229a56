import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildSupportRequest } from '../../../../test/factories/requests.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'

const app = await buildTestApp()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
let agent: TestUser
let otherRegion: TestUser
let advisor: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  otherRegion = await app.userOf('agent', 'region', '01')
  advisor = await app.userOf('advisor', 'region', '11')
})

async function requestRow(id: string) {
  const [row] = await queryRows<{
    status: string
    assigned_to: string | null
    dossier_id: string | null
    rejection_reason: string | null
  }>(
    app.system.db,
    sql`select status, assigned_to, dossier_id, rejection_reason from people.support_requests where id = ${id}`,
  )
  return row!
}

const auditCount = async (action: string, id: string) =>
  (
    await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.audit_events where action = ${action} and entity_id = ${id}`,
    )
  )[0]!.n

describe('the triage queue', () => {
  test('lists the requests of the caller’s regions only, oldest first, with the age in working days', async () => {
    const older = await buildSupportRequest(app.system, {
      familyName: 'Ancienne',
      receivedAt: new Date('2024-06-03T15:00:00Z'),
    })
    const newer = await buildSupportRequest(app.system, {
      familyName: 'Récente',
      receivedAt: new Date('2024-06-10T15:00:00Z'),
    })
    const elsewhere = await buildSupportRequest(app.system, { familyName: 'Ailleurs', regionCode: '01' })
    const res = await app.injectAs(agent, { method: 'GET', url: '/api/v1/requests?status=new' })
    assert.equal(res.statusCode, 200)
    const ids: string[] = res.json().data.map((r: { id: string }) => r.id)
    assert.ok(ids.indexOf(older.id) < ids.indexOf(newer.id))
    assert.ok(!ids.includes(elsewhere.id))
    const page = await app.injectAs(agent, { method: 'GET', url: '/app/demandes' })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Ancienne/)
    assert.doesNotMatch(page.body, /Ailleurs/)
  })

  test('hides another region’s request (404, page and API) and refuses roles without triage (403)', async () => {
    const r = await buildSupportRequest(app.system)
    assert.equal((await app.injectAs(otherRegion, { method: 'GET', url: `/api/v1/requests/${r.id}` })).statusCode, 404)
    assert.equal((await app.injectAs(otherRegion, { method: 'GET', url: `/app/demandes/${r.id}` })).statusCode, 404)
    const reject = await app.injectAs(otherRegion, {
      method: 'POST',
      url: `/api/v1/requests/${r.id}/reject`,
      payload: { reason: 'Pas ici' },
    })
    assert.equal(reject.statusCode, 404)
    assert.equal((await app.injectAs(advisor, { method: 'GET', url: '/api/v1/requests' })).statusCode, 403)
    assert.equal((await requestRow(r.id)).status, 'new')
  })

  test('audits every reading of a request', async () => {
    const r = await buildSupportRequest(app.system)
    const res = await app.injectAs(agent, { method: 'GET', url: `/app/demandes/${r.id}` })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, new RegExp(r.familyName))
    assert.equal(await auditCount('request.viewed', r.id), 1)
  })

  test('says an unassigned request is unassigned, and labels the message as the person’s (French and English)', async () => {
    const r = await buildSupportRequest(app.system, { message: 'Besoin de cours de français.' })
    const fr = await app.injectAs(agent, { method: 'GET', url: `/app/demandes/${r.id}` })
    assert.match(fr.body, /<dt>Agente ou agent<\/dt>\s*<dd>Non assignée<\/dd>/)
    assert.match(fr.body, /<dt>Message de la personne<\/dt>\s*<dd>Besoin de cours de français\.<\/dd>/)
    const en = await app.injectAs(agent, { method: 'GET', url: `/app/demandes/${r.id}?lang=en` })
    assert.match(en.body, /<dt>Agent<\/dt>\s*<dd>Unassigned<\/dd>/)
    assert.match(en.body, /<dt>The person’s message<\/dt>/)
    const list = await app.injectAs(agent, { method: 'GET', url: '/app/demandes' })
    assert.match(list.body, /Non assignée/)
    assert.doesNotMatch(fr.body + list.body, /<dd>Personne<\/dd>|<td>Personne<\/td>/)
  })

  test('assigns a request to an agent of its region, and refuses an agent of another region', async () => {
    const r = await buildSupportRequest(app.system)
    const mine = await buildStaff(app.system, { role: 'agent', regionCode: '11' })
    const theirs = await buildStaff(app.system, { role: 'agent', regionCode: '01' })
    const refused = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/demandes/${r.id}/attribuer`,
      headers: formHeaders,
      payload: form({ agentId: theirs.id }),
    })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Choisissez une agente ou un agent en poste dans la région de la demande/)
    const res = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/demandes/${r.id}/attribuer`,
      headers: formHeaders,
      payload: form({ agentId: mine.id }),
    })
    assert.equal(res.statusCode, 303)
    assert.deepEqual(await requestRow(r.id), {
      status: 'assigned',
      assigned_to: mine.id,
      dossier_id: null,
      rejection_reason: null,
    })
  })

  test('rejects with a reason; without one, a message in French and English; a handled request cannot change', async () => {
    const r = await buildSupportRequest(app.system)
    const empty = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/demandes/${r.id}/rejeter`,
      headers: formHeaders,
      payload: form({}),
    })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /id="f-reason-error">Ce champ est obligatoire/)
    const en = await app.injectAs(agent, {
      method: 'POST',
      url: `/api/v1/requests/${r.id}/reject?lang=en`,
      payload: {},
    })
    assert.equal(en.statusCode, 400)
    assert.equal(en.json().error.fields.reason, 'This field is required.')
    const res = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/demandes/${r.id}/rejeter`,
      headers: formHeaders,
      payload: form({ reason: 'Demande en double.' }),
    })
    assert.equal(res.statusCode, 303)
    assert.equal((await requestRow(r.id)).status, 'rejected')
    const again = await app.injectAs(agent, {
      method: 'POST',
      url: `/api/v1/requests/${r.id}/reject`,
      payload: { reason: 'Encore' },
    })
    assert.equal(again.statusCode, 409)
  })
})

describe('turning a request into a dossier', () => {
  test('shows the likely duplicates first; confirmed as someone else, creates the person and the dossier', async () => {
    const sp = await buildServicePoint(app.system, { regionCode: '11' })
    const existing = await buildPerson(app.system, {
      givenName: 'Mélanie',
      familyName: 'Tremblay',
      birthDate: '1988-04-12',
    })
    const r = await buildSupportRequest(app.system, {
      givenName: 'Melanie',
      familyName: 'Tremblay',
      birthDate: '1988-04-12',
    })
    const url = `/app/demandes/${r.id}/dossier`
    const first = await app.injectAs(agent, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ servicePointId: sp.id }),
    })
    assert.equal(first.statusCode, 409)
    assert.match(first.body, /Cette personne existe peut-être déjà/)
    assert.match(first.body, new RegExp(`name="personId" value="${existing.id}"`))
    assert.equal((await requestRow(r.id)).status, 'new')
    const res = await app.injectAs(agent, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ servicePointId: sp.id, confirmedNotDuplicate: 'true' }),
    })
    assert.equal(res.statusCode, 303)
    const after = await requestRow(r.id)
    assert.equal(after.status, 'converted')
    assert.equal(res.headers.location, `/app/dossiers/${after.dossier_id}`)
    const [dossier] = await queryRows<{ intake_channel: string; starts_on: string; person_id: string }>(
      app.system.db,
      sql`select intake_channel, starts_on::text, person_id from people.dossiers where id = ${after.dossier_id}`,
    )
    assert.equal(dossier?.intake_channel, 'online_request')
    assert.equal(dossier?.starts_on, '2024-06-20')
    assert.notEqual(dossier?.person_id, existing.id)
    assert.equal(await auditCount('request.converted', r.id), 1)
  })

  test('opens the dossier for the existing person the agent picks (API)', async () => {
    const sp = await buildServicePoint(app.system, { regionCode: '11' })
    const existing = await buildPerson(app.system, {
      givenName: 'Jean',
      familyName: 'Baptiste',
      birthDate: '1979-02-02',
    })
    const r = await buildSupportRequest(app.system, {
      givenName: 'Jean',
      familyName: 'Baptiste',
      birthDate: '1979-02-02',
    })
    const conflict = await app.injectAs(agent, {
      method: 'POST',
      url: `/api/v1/requests/${r.id}/convert`,
      payload: { servicePointId: sp.id },
    })
    assert.equal(conflict.statusCode, 409)
    assert.equal(conflict.json().error.code, 'possible_duplicate')
    const res = await app.injectAs(agent, {
      method: 'POST',
      url: `/api/v1/requests/${r.id}/convert`,
      payload: { servicePointId: sp.id, personId: existing.id },
    })
    assert.equal(res.statusCode, 200)
    assert.equal(res.json().status, 'converted')
    const [dossier] = await queryRows<{ person_id: string }>(
      app.system.db,
      sql`select person_id from people.dossiers where id = ${res.json().dossierId}`,
    )
    assert.equal(dossier?.person_id, existing.id)
  })

  test('asks for the date of birth when the request has none, and refuses a service point of another region', async () => {
    const here = await buildServicePoint(app.system, { regionCode: '11' })
    const there = await buildServicePoint(app.system, { regionCode: '01' })
    const r = await buildSupportRequest(app.system)
    const url = `/app/demandes/${r.id}/dossier`
    const noBirth = await app.injectAs(agent, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ servicePointId: here.id }),
    })
    assert.equal(noBirth.statusCode, 400)
    assert.match(noBirth.body, /id="f-birthDate-error">La demande ne donne pas de date de naissance/)
    const wrong = await app.injectAs(agent, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ servicePointId: there.id, birthDate: '1990-01-01' }),
    })
    assert.equal(wrong.statusCode, 400)
    assert.match(wrong.body, /Choisissez un point de services en activité dans la région de la demande/)
    assert.equal((await requestRow(r.id)).status, 'new')
  })
})
