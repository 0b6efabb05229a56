import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildConsent, buildNeed, buildOrganization, buildPlanStep } from '../../../../test/factories/referrals.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { withdrawConsent } from '../consents/consent.service.js'
import { referrals } from './referral.schema.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const API = '/api/v1/referrals'

/** A dossier of region 11 with a need, a plan step, an organization, and the consents asked for. */
async function world(consents: { sharing?: boolean; contact?: boolean } = { sharing: true, contact: true }) {
  const person = await buildPerson(app.system, {
    givenName: 'Amina',
    familyName: 'Diallo',
    languages: ['fr', 'wo'],
    frenchOralComprehension: 7,
    email: 'amina@example.org',
    phone: '418-555-0101',
  })
  const dossier = await buildDossier(app.system, { personId: person.id })
  const need = await buildNeed(app.system, dossier)
  const step = await buildPlanStep(app.system, dossier, need)
  const org = await buildOrganization(app.system)
  const sharing = consents.sharing ? await buildConsent(app.system, person.id, 'referral_sharing') : undefined
  const contact = consents.contact ? await buildConsent(app.system, person.id, 'contact_sharing') : undefined
  const partner = await app.userOf('partner', 'organization', org.id)
  return { person, dossier, need, step, org, sharing, contact, partner }
}

const sendBody = (w: Awaited<ReturnType<typeof world>>, shareContact = true) => ({
  dossierId: w.dossier.id,
  organizationId: w.org.id,
  serviceWanted: 'Recherche de logement',
  message: 'Famille arrivée le mois dernier.',
  needIds: [w.need.id],
  stepIds: [w.step.id],
  shareContact,
})

async function send(w: Awaited<ReturnType<typeof world>>, shareContact = true) {
  const res = await app.injectAs(agent, { method: 'POST', url: API, payload: sendBody(w, shareContact) })
  assert.equal(res.statusCode, 201, res.body)
  return res.json() as { id: string; status: string; answerDueOn: string }
}

const read = (user: TestUser, id: string, lang = 'fr') =>
  app.injectAs(user, { method: 'GET', url: `${API}/${id}?lang=${lang}` })
const move = (user: TestUser, id: string, payload: Record<string, unknown>) =>
  app.injectAs(user, { method: 'POST', url: `${API}/${id}/transitions`, payload })

test('refuses to send without an active consent to share, with a message pointing to the consents page', async () => {
  const w = await world({})
  const res = await app.injectAs(agent, { method: 'POST', url: API, payload: sendBody(w, false) })
  assert.equal(res.statusCode, 400)
  const body = res.json()
  assert.equal(body.error.code, 'REFERRAL_CONSENT_REQUIRED')
  assert.match(body.error.message, new RegExp(`/app/personnes/${w.person.id}/consentements`))
  assert.equal((await app.system.db.select().from(referrals).where(eq(referrals.dossierId, w.dossier.id))).length, 0)
})

test('refuses to share contact details without the contact consent, and bad input field by field', async () => {
  const w = await world({ sharing: true })
  const res = await app.injectAs(agent, { method: 'POST', url: API, payload: sendBody(w, true) })
  assert.equal(res.statusCode, 400)
  assert.match(res.json().error.fields.shareContact, /coordonnées/)
  const bad = await app.injectAs(agent, {
    method: 'POST',
    url: `${API}?lang=en`,
    payload: { dossierId: w.dossier.id, organizationId: 'nope', serviceWanted: '' },
  })
  assert.equal(bad.statusCode, 400)
  assert.equal(bad.json().error.fields.organizationId, 'Invalid identifier.')
  assert.equal(bad.json().error.fields.serviceWanted, 'This field is required.')
})

test('the partner sees the consented portrait, without contact once that consent is withdrawn, and nothing after the sharing consent is withdrawn', async () => {
  const w = await world()
  const { id } = await send(w)
  const full = (await read(w.partner, id)).json()
  assert.equal(full.view, 'partner')
  assert.equal(full.status, 'received', 'opening a sent referral marks it received')
  assert.equal(full.serviceWanted, 'Recherche de logement')
  assert.deepEqual(full.person, {
    givenName: 'Amina',
    familyInitial: 'D',
    languages: ['fr', 'wo'],
    french: { oralComprehension: 7, oralProduction: null, writtenComprehension: null, writtenProduction: null },
  })
  assert.deepEqual(full.contact, { email: 'amina@example.org', phone: '418-555-0101', preferredLanguage: 'fr' })
  assert.equal(full.needs[0].priority, 'high')
  assert.equal(full.needs[0].label.fr, 'Logement (essai)')
  assert.match(full.steps[0].action, /Visiter trois logements/)
  assert.doesNotMatch(JSON.stringify(full), /Diallo/, 'never the family name')

  await withdrawConsent(app.system, w.contact!.id)
  const noContact = (await read(w.partner, id)).json()
  assert.equal(noContact.contact, null)
  assert.equal(noContact.needs.length, 1)

  await withdrawConsent(app.system, w.sharing!.id)
  const withdrawn = (await read(w.partner, id)).json()
  assert.equal(withdrawn.consentWithdrawn, true)
  assert.equal(withdrawn.person, null)
  assert.equal(withdrawn.serviceWanted, null)
  assert.deepEqual([withdrawn.needs, withdrawn.steps, withdrawn.events, withdrawn.contact], [[], [], [], null])
  const accept = await move(w.partner, id, { to: 'accepted' })
  assert.equal(accept.statusCode, 409)
  assert.equal(accept.json().error.code, 'REFERRAL_CONSENT_WITHDRAWN')
  const staff = (await read(agent, id)).json()
  assert.equal(staff.sharing, 'withdrawn', 'staff see what the organization sees')
})

test('a referral sent without contact sharing never shows contact details, whatever the consents', async () => {
  const w = await world()
  const { id } = await send(w, false)
  assert.equal((await read(w.partner, id)).json().contact, null)
})

test('runs the closed loop with reasons and outcomes, refusing illegal moves and moves of the other side', async () => {
  const w = await world()
  const { id } = await send(w)
  const early = await move(agent, id, { to: 'accepted' })
  assert.equal(early.statusCode, 403, 'staff do not answer for the organization')
  const declineWithoutReason = await move(w.partner, id, { to: 'declined' })
  assert.equal(declineWithoutReason.statusCode, 400)
  assert.match(declineWithoutReason.json().error.fields.reason, /raison/)
  assert.equal((await move(w.partner, id, { to: 'accepted', comment: 'Rendez-vous mardi.' })).json().status, 'accepted')
  const skip = await move(w.partner, id, { to: 'completed', outcome: 'Logé.' })
  assert.equal(skip.statusCode, 409)
  assert.equal(skip.json().error.code, 'REFERRAL_TRANSITION_NOT_ALLOWED')
  assert.match(skip.json().error.message, /« Acceptée » ne peut pas passer à « Complétée »/)
  assert.equal((await move(w.partner, id, { to: 'in_progress' })).json().status, 'in_progress')
  assert.equal((await move(w.partner, id, { to: 'completed' })).statusCode, 400, 'the outcome is required')
  const done = (await move(w.partner, id, { to: 'completed', outcome: 'Bail signé.' })).json()
  assert.equal(done.outcome, 'Bail signé.')
  const staff = (await read(agent, id)).json()
  assert.deepEqual(
    staff.events.map((e: { toStatus: string }) => e.toStatus),
    ['sent', 'received', 'accepted', 'in_progress', 'completed'],
  )
  const cancel = await move(agent, id, { to: 'cancelled' })
  assert.equal(cancel.statusCode, 409, 'a completed referral is closed')
  assert.equal(staff.events.at(-1).comment, 'Bail signé.')
  assert.equal(staff.events[2].comment, 'Rendez-vous mardi.')
})

test('re-routes a declined referral to another organization: the old one is re-routed, a new one is sent', async () => {
  const w = await world()
  const { id } = await send(w)
  await move(w.partner, id, { to: 'declined', reason: 'Liste d’attente complète.' })
  const other = await buildOrganization(app.system)
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: `${API}/${id}/reroute`,
    payload: { organizationId: other.id, comment: 'Autre organisme du secteur.' },
  })
  assert.equal(res.statusCode, 201, res.body)
  const next = res.json()
  assert.equal(next.reroutedFromId, id)
  assert.equal(next.organization.id, other.id)
  assert.equal(next.status, 'sent')
  assert.equal((await read(agent, id)).json().status, 'rerouted')
  assert.equal((await read(w.partner, next.id)).statusCode, 404, 'the first organization does not see the new one')
})

test("another organization's partner and another region's agent get 404; the lists hold only what they reach", async () => {
  const w = await world()
  const { id } = await send(w)
  const stranger = await app.userOf('partner', 'organization', (await buildOrganization(app.system)).id)
  assert.equal((await read(stranger, id)).statusCode, 404)
  assert.equal((await move(stranger, id, { to: 'accepted' })).statusCode, 404)
  const elsewhere = await app.userOf('agent', 'region', '06')
  assert.equal((await read(elsewhere, id)).statusCode, 404)
  assert.equal((await move(elsewhere, id, { to: 'cancelled' })).statusCode, 404)
  const strangerList = (await app.injectAs(stranger, { method: 'GET', url: API })).json()
  assert.equal(strangerList.data.length, 0)
  const inbox = (await app.injectAs(w.partner, { method: 'GET', url: API })).json()
  assert.deepEqual(
    inbox.data.map((r: { id: string }) => r.id),
    [id],
  )
  assert.equal(inbox.data[0].dossierNumber, null, 'partners do not see dossier numbers')
  const elsewhereList = (await app.injectAs(elsewhere, { method: 'GET', url: API })).json()
  assert.ok(!elsewhereList.data.some((r: { id: string }) => r.id === id))
})

test('audits each partner read of a portrait', async () => {
  const w = await world()
  const { id } = await send(w)
  await read(w.partner, id)
  await read(w.partner, id)
  const viewed = await app.system.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'referral.viewed')))
  const partnerId = w.partner.actor.kind === 'user' ? w.partner.actor.userId : ''
  assert.equal(viewed.filter((e) => e.actorUserId === partnerId).length, 2)
})
