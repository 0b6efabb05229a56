import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildSupportRequest } from '../../../../test/factories/requests.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'

const app = await buildTestApp()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
let agent: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
})

const post = (url: string, data: Record<string, string>) =>
  app.injectAs(agent, { method: 'POST', url, headers: formHeaders, payload: form(data) })

test('shows the request’s date of birth to check; one in the future is refused there and can be corrected', async () => {
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const r = await buildSupportRequest(app.system, {
    givenName: 'Oriane',
    familyName: 'Futurdate',
    birthDate: '2090-05-05',
    email: 'oriane@example.org',
    phone: '418 555-0199',
    message: 'J’aimerais de l’aide pour trouver un logement.',
  })
  const url = `/app/demandes/${r.id}/dossier`
  const page = await app.injectAs(agent, { method: 'GET', url })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /name="birthDate" type="date" value="2090-05-05"/)
  assert.match(page.body, /Celle que donne la demande : vérifiez-la/)
  const future = await post(url, { servicePointId: sp.id, birthDate: '2090-05-05' })
  assert.equal(future.statusCode, 400)
  assert.match(future.body, /id="f-birthDate-error">La date de naissance ne peut pas être future/)
  const res = await post(url, { servicePointId: sp.id, birthDate: '1990-05-05' })
  assert.equal(res.statusCode, 303)
  const [made] = await queryRows<{ birth_date: string; email: string; phone: string; note: string }>(
    app.system.db,
    sql`select p.birth_date::text, p.email, p.phone, e.note
      from people.support_requests r join people.dossiers d on d.id = r.dossier_id
      join people.persons p on p.id = d.person_id
      join people.dossier_events e on e.dossier_id = d.id and e.kind = 'opened'
      where r.id = ${r.id}`,
  )
  assert.deepEqual(made, {
    birth_date: '1990-05-05',
    email: 'oriane@example.org',
    phone: '418 555-0199',
    note: 'J’aimerais de l’aide pour trouver un logement.',
  })
  const dossier = await app.injectAs(agent, { method: 'GET', url: String(res.headers.location) })
  assert.match(dossier.body, /J’aimerais de l’aide pour trouver un logement\./)
})

test('the duplicate step: a link to each person, one action per choice, the choices shown instead of the form', async () => {
  const sp = await buildServicePoint(app.system, { regionCode: '11', name: 'Point Doublon' })
  const existing = await buildPerson(app.system, {
    givenName: 'Anaïs',
    familyName: 'Doublonne',
    birthDate: '1985-03-03',
  })
  const r = await buildSupportRequest(app.system, {
    givenName: 'Anais',
    familyName: 'Doublonne',
    birthDate: '1985-03-03',
  })
  const res = await post(`/app/demandes/${r.id}/dossier`, { servicePointId: sp.id, birthDate: '1985-03-03' })
  assert.equal(res.statusCode, 409)
  assert.match(
    res.body,
    new RegExp(`href="/app/personnes/${existing.id}" target="_blank" rel="noopener">Voir la fiche`),
  )
  assert.match(res.body, /Ouvrir un nouveau dossier pour cette personne/)
  assert.match(res.body, /Créer une nouvelle fiche et ouvrir le dossier/)
  assert.match(res.body, /Point Doublon/)
  assert.doesNotMatch(res.body, /id="f-servicePointId"/, 'the first form is not offered again')
  const submits = res.body.match(/class="qc-button[^"]*" type="submit"/g) ?? []
  const candidates = res.body.match(/name="personId"/g) ?? []
  assert.equal(submits.length, candidates.length + 1, 'one button per candidate and one for a new person')
  const en = await app.injectAs(agent, {
    method: 'POST',
    url: `/app/demandes/${r.id}/dossier?lang=en`,
    headers: formHeaders,
    payload: form({ servicePointId: sp.id }),
  })
  assert.match(en.body, /Open a new dossier for this person/)
  assert.match(en.body, /View the record/)
})

test('opening the conversion form audits the read of the request it shows (one request.viewed, by the agent)', async () => {
  const r = await buildSupportRequest(app.system, { givenName: 'Yara', familyName: 'Auditée', birthDate: '1988-08-18' })
  const events = () =>
    queryRows<{ action: string; actor: string }>(
      app.system.db,
      sql`select action, actor_user_id::text as actor from access.audit_events where entity_id = ${r.id} order by id`,
    )
  const page = await app.injectAs(agent, { method: 'GET', url: `/app/demandes/${r.id}/dossier` })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /name="birthDate" type="date" value="1988-08-18"/)
  assert.deepEqual(await events(), [
    { action: 'request.viewed', actor: agent.actor.kind === 'user' ? agent.actor.userId : '' },
  ])
  const unknown = await app.injectAs(agent, { method: 'GET', url: `/app/demandes/${crypto.randomUUID()}/dossier` })
  assert.equal(unknown.statusCode, 404)
})
