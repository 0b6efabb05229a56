import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq, inArray } from 'drizzle-orm'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { formatDate } from '../../../platform/views/i18n.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildConsent, buildNeed, buildOrganization, buildPlanStep } from '../../../../test/factories/referrals.js'
import { withdrawConsent } from '../consents/consent.service.js'
import { referrals } from './referral.schema.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')

async function world(withConsent = true) {
  const person = await buildPerson(app.system, { email: 'sami@example.org', phone: '418-555-0199' })
  const dossier = await buildDossier(app.system, { personId: person.id })
  const need = await buildNeed(app.system, dossier)
  const steps = [await buildPlanStep(app.system, dossier, need), await buildPlanStep(app.system, dossier, need)]
  const org = await buildOrganization(app.system)
  const sharing = withConsent ? await buildConsent(app.system, person.id, 'referral_sharing') : undefined
  const contact = withConsent ? await buildConsent(app.system, person.id, 'contact_sharing') : undefined
  const partner = await app.userOf('partner', 'organization', org.id)
  return {
    person,
    dossier,
    need,
    steps,
    org,
    sharing,
    contact,
    partner,
    page: `/app/dossiers/${dossier.id}/references`,
  }
}

async function sendByForm(w: Awaited<ReturnType<typeof world>>) {
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: w.page,
    payload: {
      organizationId: w.org.id,
      serviceWanted: 'Aide au logement',
      needIds: w.need.id,
      stepIds: w.steps.map((s) => s.id),
      shareContact: 'true',
    },
  })
  assert.equal(res.statusCode, 303, res.body.slice(0, 2000))
  const [row] = await app.system.db.select().from(referrals).where(eq(referrals.dossierId, w.dossier.id))
  return { res, row: row! }
}

test('the agent sends a referral from the dossier page, with the needs and steps ticked, and sees it with its history', async () => {
  const w = await world()
  const { res, row } = await sendByForm(w)
  assert.equal(res.headers.location, `${w.page}?fait=sent`)
  assert.deepEqual(row.needIds, [w.need.id])
  assert.equal(row.stepIds.length, 2)
  assert.equal(row.shareContact, true)
  assert.equal(row.answerDueOn > row.sentAt.toISOString().slice(0, 10), true)
  const page = await app.follow(agent, res)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /La référence a été envoyée/)
  assert.match(page.body, /<h3[^>]*>Organisme [^<]* — Envoyée<\/h3>/)
  assert.match(page.body, /les besoins choisis et leurs notes, les étapes du plan choisies — et les coordonnées/)
  const en = await app.injectAs(agent, { method: 'GET', url: `${w.page}?lang=en` })
  assert.match(en.body, /<h1>Referrals — /)
  assert.match(en.body, /the needs chosen and their notes, the plan steps chosen — and the contact details/)
})

test('a form with errors comes back with a message per field in French and English', async () => {
  const w = await world()
  for (const [lang, message] of [
    ['fr', /Ce champ est obligatoire/],
    ['en', /This field is required/],
  ] as const) {
    const res = await app.injectAs(agent, {
      method: 'POST',
      url: `${w.page}?lang=${lang}`,
      payload: { organizationId: w.org.id, needIds: w.need.id },
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, message)
    assert.match(res.body, /href="#f-serviceWanted"/)
    assert.match(res.body, new RegExp(`value="${w.need.id}" checked`), 'the ticked need stays ticked')
  }
})

test('without consent the page says so with a link to the consents page, and sending is refused', async () => {
  const w = await world(false)
  const page = await app.injectAs(agent, { method: 'GET', url: w.page })
  assert.match(page.body, /aucune référence ne peut être envoyée/)
  assert.match(page.body, new RegExp(`href="/app/personnes/${w.person.id}/consentements"`))
  assert.doesNotMatch(page.body, /Envoyer la référence/)
  const res = await app.injectAs(agent, {
    method: 'POST',
    url: w.page,
    payload: { organizationId: w.org.id, serviceWanted: 'Aide' },
  })
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /consentements/)
})

test('the agent cancels after a confirmation and re-routes through a form', async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const confirm = await app.injectAs(agent, { method: 'GET', url: `${w.page}/${row.id}/reacheminer` })
  assert.equal(confirm.statusCode, 200)
  const other = await buildOrganization(app.system)
  const rerouted = await app.injectAs(agent, {
    method: 'POST',
    url: `${w.page}/${row.id}/reacheminer`,
    payload: { organizationId: other.id },
  })
  assert.equal(rerouted.statusCode, 303)
  const rows = await app.system.db.select().from(referrals).where(eq(referrals.dossierId, w.dossier.id))
  const next = rows.find((r) => r.reroutedFromId === row.id)!
  assert.equal(rows.find((r) => r.id === row.id)?.status, 'rerouted')
  const ask = await app.injectAs(agent, { method: 'GET', url: `${w.page}/${next.id}/annuler` })
  assert.match(ask.body, /Annuler cette référence/)
  const cancel = await app.injectAs(agent, { method: 'POST', url: `${w.page}/${next.id}/annuler`, payload: {} })
  assert.equal(cancel.statusCode, 303)
  const [cancelled] = await app.system.db.select().from(referrals).where(eq(referrals.id, next.id))
  assert.equal(cancelled?.status, 'cancelled')
  const again = await app.injectAs(agent, { method: 'POST', url: `${w.page}/${next.id}/annuler`, payload: {} })
  assert.equal(again.statusCode, 409)
})

test("another region's agent gets 404 on the dossier's referrals; staff get 403 on the partner inbox", async () => {
  const w = await world()
  const elsewhere = await app.userOf('agent', 'region', '06')
  assert.equal((await app.injectAs(elsewhere, { method: 'GET', url: w.page })).statusCode, 404)
  assert.equal((await app.injectAs(agent, { method: 'GET', url: '/partenaires/references' })).statusCode, 403)
})

test('the partner opens the inbox, reads the portrait, accepts, and sees the portrait change when consent is withdrawn', async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const home = await app.injectAs(w.partner, { method: 'GET', url: '/partenaires' })
  assert.match(home.body, /href="\/partenaires\/references"/)
  const inbox = await app.injectAs(w.partner, { method: 'GET', url: '/partenaires/references' })
  assert.equal(inbox.statusCode, 200)
  assert.match(inbox.body, new RegExp(`href="/partenaires/references/${row.id}"`))
  const filtered = await app.injectAs(w.partner, { method: 'GET', url: '/partenaires/references?statut=completed' })
  assert.doesNotMatch(filtered.body, new RegExp(row.id))
  const url = `/partenaires/references/${row.id}`
  const portrait = await app.injectAs(w.partner, { method: 'GET', url })
  assert.equal(portrait.statusCode, 200)
  assert.match(portrait.body, /Aide au logement/)
  assert.match(portrait.body, /sami@example\.org/)
  assert.match(portrait.body, /Reçue/, 'opening it marked it received')
  const decline = await app.injectAs(w.partner, { method: 'POST', url: `${url}/etape`, payload: { to: 'declined' } })
  assert.equal(decline.statusCode, 400)
  assert.match(decline.body, /Indiquez la raison du refus/)
  const accept = await app.injectAs(w.partner, { method: 'POST', url: `${url}/etape`, payload: { to: 'accepted' } })
  assert.equal(accept.statusCode, 303)
  const comment = await app.injectAs(w.partner, {
    method: 'POST',
    url: `${url}/commentaire`,
    payload: { comment: 'Premier rendez-vous fixé.' },
  })
  assert.equal(comment.statusCode, 303)
  const after = await app.follow(w.partner, comment)
  assert.match(after.body, /Acceptée/)
  assert.match(after.body, /Premier rendez-vous fixé/)

  await withdrawConsent(app.system, w.contact!.id)
  const noContact = await app.injectAs(w.partner, { method: 'GET', url })
  assert.doesNotMatch(noContact.body, /sami@example\.org/)
  assert.match(noContact.body, /n’a pas consenti à la communication de ses coordonnées/)
  await withdrawConsent(app.system, w.sharing!.id)
  const withdrawn = await app.injectAs(w.partner, { method: 'GET', url: `${url}?lang=en` })
  assert.equal(withdrawn.statusCode, 200)
  assert.match(withdrawn.body, /Consent withdrawn/)
  assert.doesNotMatch(withdrawn.body, /Aide au logement|Visiter trois logements|Premier rendez-vous/)
})

test("another organization's partner gets 404 on the portrait and its forms", async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const stranger = await app.userOf('partner', 'organization', (await buildOrganization(app.system)).id)
  const url = `/partenaires/references/${row.id}`
  assert.equal((await app.injectAs(stranger, { method: 'GET', url })).statusCode, 404)
  const post = await app.injectAs(stranger, { method: 'POST', url: `${url}/etape`, payload: { to: 'accepted' } })
  assert.equal(post.statusCode, 404)
})

test("the inbox tells referrals apart by the portrait's name and the date sent; a withdrawn one names no one", async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const initial = w.person.familyName[0]!.toUpperCase()
  const cells = (body: string) =>
    body.slice(body.indexOf(`href="/partenaires/references/${row.id}"`)).split('</tr>')[0]!
  const inbox = await app.injectAs(w.partner, { method: 'GET', url: '/partenaires/references' })
  assert.match(inbox.body, /<th scope="col">Personne<\/th>/)
  const line = cells(inbox.body)
  assert.match(line, new RegExp(`>${w.person.givenName} ${initial}\\.</a>`))
  assert.doesNotMatch(line, new RegExp(w.person.familyName), 'never the family name itself')
  assert.match(line, /<td>Aide au logement<\/td>/)
  assert.match(line, /<td>Envoyée<\/td>/)
  assert.match(line, new RegExp(`<td>${formatDate(row.sentAt, 'fr')}</td>`))

  await withdrawConsent(app.system, w.sharing!.id)
  const after = cells((await app.injectAs(w.partner, { method: 'GET', url: '/partenaires/references' })).body)
  assert.match(after, />Non communiquée<\/a>/)
  assert.doesNotMatch(after, new RegExp(`${w.person.givenName}|Aide au logement`))
  assert.match(after, /<td>Envoyée — Consentement retiré<\/td>/)
  const en = cells((await app.injectAs(w.partner, { method: 'GET', url: '/partenaires/references?lang=en' })).body)
  assert.match(en, />Not shared<\/a>/)
  assert.match(en, /<td>Sent — Consent withdrawn<\/td>/)
})

test('on the portrait, Decline is a secondary button beside the primary Accept', async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const page = await app.injectAs(w.partner, { method: 'GET', url: `/partenaires/references/${row.id}` })
  assert.match(page.body, /class="qc-button qc-primary" type="submit" name="to" value="accepted"/)
  assert.match(page.body, /class="qc-button qc-secondary" type="submit" name="to" value="declined"/)
})

test('a referral asked for under another dossier answers 404 on its re-route and cancel pages and records no read', async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const stranger = await buildDossier(app.system)
  const viewed = () =>
    app.system.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, row.id), inArray(auditEvents.action, ['referral.viewed'])))
  const before = (await viewed()).length
  for (const page of ['reacheminer', 'annuler']) {
    const res = await app.injectAs(agent, {
      method: 'GET',
      url: `/app/dossiers/${stranger.id}/references/${row.id}/${page}`,
    })
    assert.equal(res.statusCode, 404)
  }
  assert.equal((await viewed()).length, before)
  const right = await app.injectAs(agent, { method: 'GET', url: `${w.page}/${row.id}/annuler` })
  assert.equal(right.statusCode, 200)
  assert.equal((await viewed()).length, before + 1)
})

test('a director (reads dossiers, no people.write) gets 403 on the re-route and cancel forms and their posts', async () => {
  const w = await world()
  const { row } = await sendByForm(w)
  const director = await app.userOf('director', 'all')
  for (const page of ['reacheminer', 'annuler']) {
    const url = `${w.page}/${row.id}/${page}`
    assert.equal((await app.injectAs(director, { method: 'GET', url })).statusCode, 403, `GET ${page}`)
    const payload = { organizationId: (await buildOrganization(app.system)).id }
    assert.equal((await app.injectAs(director, { method: 'POST', url, payload })).statusCode, 403, `POST ${page}`)
  }
  const [unchanged] = await app.system.db.select().from(referrals).where(eq(referrals.id, row.id))
  assert.equal(unchanged?.status, 'sent')
})
