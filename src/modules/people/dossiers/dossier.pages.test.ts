import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildIntervention, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { createOrganization } from '../../partners/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { findDossier } from './dossier.queries.js'

const app = await buildTestApp()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
let agent: TestUser
let outsider: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  outsider = await app.userOf('agent', 'region', '01')
})

const get = (user: TestUser, url: string) => app.injectAs(user, { method: 'GET', url })
const post = (user: TestUser, url: string, data: Record<string, string>) =>
  app.injectAs(user, { method: 'POST', url, headers: formHeaders, payload: form(data) })

test('the dossier page shows the summary, the overdue first meeting in words, and one timeline in order', async () => {
  const person = await buildPerson(app.system, { regionCode: '11', givenName: 'Amina', familyName: 'Diallo' })
  const d = await buildDossier(app.system, { regionCode: '11', personId: person.id, startsOn: '2021-03-01' })
  await buildIntervention(app.system, d, { occurredOn: '2021-03-10', summary: 'Rencontre d’accueil.' })
  const org = await createOrganization(app.system, { name: 'Carrefour accueil', kind: 'community', regionCode: '11' })
  const db = app.system.db
  await db.execute(sql`insert into people.need_catalogue (code, volet, label_fr, label_en, valid_from)
    values ('test_housing', 'installation', 'Logement', 'Housing', '2019-01-01') on conflict do nothing`)
  await db.execute(sql`insert into people.dossier_needs (dossier_id, need_code, priority, assessed_on)
    values (${d.id}, 'test_housing', 'high', '2021-03-12')`)
  const [consent] = await queryRows<{ id: string }>(
    db,
    sql`insert into people.consents (person_id, purpose, text_id, given_on, recorded_at)
        select ${person.id}, purpose, id, '2021-03-12', now() from people.consent_texts limit 1 returning id`,
  )
  const [referral] = await queryRows<{ id: string }>(
    db,
    sql`insert into people.referrals (dossier_id, region_code, organization_id, service_wanted, need_ids, step_ids,
          consent_id, answer_due_on, sent_at)
        values (${d.id}, '11', ${org.id}, 'Recherche de logement', '{}', '{}', ${consent!.id}, '2021-03-20',
          '2021-03-15T14:00:00Z') returning id`,
  )
  await db.execute(sql`insert into people.referral_events (referral_id, to_status, at)
    values (${referral!.id}, 'sent', '2021-03-15T14:00:00Z')`)

  const res = await get(agent, `/app/dossiers/${d.id}`)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, new RegExp(`href="/app/personnes/${person.id}">Amina Diallo</a>`))
  assert.match(res.body, /prévue au plus tard le 8 mars 2021 : en retard/)
  assert.match(res.body, /href="\/app\/dossiers\/[^"]+\/besoins">Besoins et plan d’action/)
  assert.match(res.body, /href="\/app\/dossiers\/[^"]+\/references">Références/)
  const intervention = res.body.indexOf('Rencontre d’accueil.')
  const need = res.body.indexOf('Besoin évalué : Logement')
  const sent = res.body.indexOf('Référence : Carrefour accueil')
  assert.ok(intervention > 0 && need > intervention, 'the intervention (10 March) comes before the need (12 March)')
  assert.ok(sent > need, 'the referral (15 March) comes after the need')

  const en = await get(agent, `/app/dossiers/${d.id}?lang=en`)
  assert.match(en.body, /due by March 8, 2021: overdue/)
})

test('another region’s agent gets 404 on the page and on its forms', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  assert.equal((await get(outsider, `/app/dossiers/${d.id}`)).statusCode, 404)
  assert.equal((await get(outsider, `/app/dossiers/${d.id}/fermer`)).statusCode, 404)
  assert.equal((await post(outsider, `/app/dossiers/${d.id}/statut`, { to: 'assessment' })).statusCode, 404)
})

test('the status form moves the dossier (303); an illegal move shows the form again with the message (409)', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const ok = await post(agent, `/app/dossiers/${d.id}/statut`, { to: 'assessment' })
  assert.equal(ok.statusCode, 303)
  assert.equal(ok.headers.location, `/app/dossiers/${d.id}?saved=1`)
  const refused = await post(agent, `/app/dossiers/${d.id}/statut`, { to: 'closed' })
  assert.equal(refused.statusCode, 409)
  assert.match(refused.body, /ne peut pas passer au statut « Fermé »/)
  assert.equal((await findDossier(app.system.db, d.id))!.status, 'assessment')
})

test('closing goes through a confirmation page and needs a reason; reopening too', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const confirm = await get(agent, `/app/dossiers/${d.id}/fermer`)
  assert.equal(confirm.statusCode, 200)
  assert.match(confirm.body, /Fermer ce dossier/)
  const noReason = await post(agent, `/app/dossiers/${d.id}/fermer`, {})
  assert.equal(noReason.statusCode, 400)
  assert.match(noReason.body, /id="f-closureReason-error"/)
  const closed = await post(agent, `/app/dossiers/${d.id}/fermer`, { closureReason: 'goals_met' })
  assert.equal(closed.statusCode, 303)
  assert.equal((await findDossier(app.system.db, d.id))!.status, 'closed')
  assert.equal((await post(agent, `/app/dossiers/${d.id}/rouvrir`, {})).statusCode, 303)
  assert.equal((await findDossier(app.system.db, d.id))!.status, 'open')
})

test('the transfer page lists other regions’ service points; after it, the page reads but offers no action', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const target = await buildServicePoint(app.system, { regionCode: '01', name: 'Rimouski centre' })
  const page = await get(agent, `/app/dossiers/${d.id}/transfert`)
  assert.match(page.body, /Rimouski centre/)
  const res = await post(agent, `/app/dossiers/${d.id}/transfert`, {
    servicePointId: target.id,
    reason: 'Déménagement',
  })
  assert.equal(res.statusCode, 303)
  const after = await get(agent, `/app/dossiers/${d.id}`)
  assert.equal(after.statusCode, 200)
  assert.match(after.body, /vous pouvez le consulter, mais non le modifier/)
  assert.doesNotMatch(after.body, /Changer le statut/)
  assert.match(after.body, /Transfert<\/strong> \(de Gaspésie/)
})

test('the intervention form records one (303) or shows the errors per field in French and English (400)', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const ok = await post(agent, `/app/dossiers/${d.id}/interventions`, {
    occurredDate: '2021-03-01',
    occurredTime: '22:30',
    mode: 'in_person',
    durationMinutes: '60',
    servicePointId: d.servicePointId,
    summary: 'Première rencontre.',
  })
  assert.equal(ok.statusCode, 303, ok.body)
  assert.equal((await findDossier(app.system.db, d.id))!.firstMeetingOn, '2021-03-01')
  const bad = { occurredDate: '2021-03-01', occurredTime: '25:00', durationMinutes: '0', summary: '' }
  const fr = await post(agent, `/app/dossiers/${d.id}/interventions`, bad)
  assert.equal(fr.statusCode, 400)
  assert.match(fr.body, /id="f-occurredTime-error"[^>]*>Heure invalide/)
  assert.match(fr.body, /id="f-durationMinutes-error"[^>]*>Doit être au moins 1/)
  assert.match(fr.body, /id="f-summary-error"[^>]*>Ce champ est obligatoire/)
  const en = await post(agent, `/app/dossiers/${d.id}/interventions?lang=en`, bad)
  assert.match(en.body, /id="f-occurredTime-error"[^>]*>Invalid time/)
  const future = await post(agent, `/app/dossiers/${d.id}/interventions`, {
    ...bad,
    occurredDate: '2199-01-01',
    occurredTime: '10:00',
    durationMinutes: '30',
    summary: 'x',
    mode: 'phone',
  })
  assert.equal(future.statusCode, 400)
  assert.match(future.body, /id="f-occurredDate-error"[^>]*>Une intervention ne peut pas être future/)
  assert.match(future.body, /value="2199-01-01"/)
})

test('the list filters by status without JavaScript, and opening a dossier from a person redirects to it', async () => {
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const person = await buildPerson(app.system, { regionCode: '11', arrivalDate: '2021-06-21' })
  const form = await get(agent, `/app/dossiers/nouveau?person=${person.id}`)
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /value="2021-06-21"/)
  const missing = await post(agent, '/app/dossiers/nouveau', { personId: person.id, startsOn: '2021-06-21' })
  assert.equal(missing.statusCode, 400)
  assert.match(missing.body, /id="f-servicePointId-error"/)
  const res = await post(agent, '/app/dossiers/nouveau', {
    personId: person.id,
    servicePointId: sp.id,
    intakeChannel: 'airport_welcome',
    startsOn: '2021-06-21',
  })
  assert.equal(res.statusCode, 303)
  const opened = await app.follow(agent, res)
  assert.match(opened.body, /Le dossier a été ouvert/)

  const list = await get(agent, `/app/dossiers?status=open&channel=airport_welcome&servicePoint=${sp.id}`)
  assert.equal(list.statusCode, 200)
  assert.match(list.body, /class="nowrap">AQ-\d{4}-\d{6}<\/a>/, 'a dossier number stays on one line')
  const badFilter = await get(agent, '/app/dossiers?status=nope')
  assert.equal(badFilter.statusCode, 400)
  assert.equal((await get(outsider, `/app/dossiers/nouveau?person=${person.id}`)).statusCode, 404)
})
