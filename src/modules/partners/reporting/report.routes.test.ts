import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildAgreement, buildDeliverable, buildOrganization } from '../../../../test/factories/partners.js'
import { civilDate } from '../../../platform/clock.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { localActions } from '../actions/action.schema.js'
import { deliverables } from '../obligations/obligation.schema.js'

const app = await buildTestApp()
const org = await buildOrganization(app.system)
const otherOrg = await buildOrganization(app.system)
const agreement = await buildAgreement(app.system, org)
const otherAgreement = await buildAgreement(app.system, otherOrg)
const partner = await app.userOf('partner', 'organization', org.id)
const director = await app.userOf('director', 'region', '11')
const farDirector = await app.userOf('director', 'region', '06')
const agent = await app.userOf('agent', 'region', '11')

const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.token}` })
const post = (user: TestUser, url: string, payload: unknown) =>
  app.app.inject({ method: 'POST', url, headers: bearer(user), payload: payload as object })
const get = (user: TestUser, url: string) => app.app.inject({ method: 'GET', url, headers: bearer(user) })

const valid = {
  narrative: 'Trois soupers interculturels tenus à Gaspé.',
  immigrantParticipants: 30,
  totalParticipants: 80,
  activitiesHeld: 3,
  spentCents: 1_250_050,
  actions: [
    { kindCode: 'intercultural_meals', title: 'Souper des nations', startOn: '2020-11-14', endOn: '2020-11-14' },
  ],
}

test('a partner token submits a report on its agreement: 201, the deliverable received, the actions recorded', async () => {
  const deliverable = await buildDeliverable(app.system, agreement.id)
  const res = await post(partner, `/api/v1/agreements/${agreement.id}/reports`, {
    ...valid,
    deliverableId: deliverable.id,
  })
  assert.equal(res.statusCode, 201, res.body)
  const body = res.json()
  assert.equal(body.status, 'submitted')
  assert.equal(body.spentCents, 1_250_050)
  assert.equal(body.deliverable.id, deliverable.id)
  assert.equal(body.actions.length, 1)
  assert.equal(body.actions[0].kindName.fr.length > 0, true)
  const [d] = await app.system.db.select().from(deliverables).where(eq(deliverables.id, deliverable.id))
  assert.equal(d!.status, 'received')
  assert.equal(d!.receivedOn, civilDate(new Date()), 'received today')
  const audit = await app.system.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'report.submitted'), eq(auditEvents.entityId, body.id)))
  assert.equal(audit.length, 1)
  assert.equal(audit[0]!.regionCode, '11')
  const actions = await app.system.db.select().from(localActions).where(eq(localActions.reportId, body.id))
  assert.equal(actions.length, 1)
  const list = await get(partner, `/api/v1/agreements/${agreement.id}/reports`)
  assert.equal(list.statusCode, 200)
  assert.ok(list.json().data.some((r: { id: string }) => r.id === body.id))
})

test('bad input answers 400 with a message, never 500', async () => {
  const foreignDeliverable = await buildDeliverable(app.system, otherAgreement.id)
  const accepted = await buildDeliverable(app.system, agreement.id, { status: 'accepted' })
  const cases: [string, object, string][] = [
    ['no narrative', { ...valid, narrative: '  ' }, 'narrative'],
    ['immigrants over total', { ...valid, immigrantParticipants: 90 }, 'immigrantParticipants'],
    ['negative total', { ...valid, totalParticipants: -1, immigrantParticipants: 0 }, 'totalParticipants'],
    ['negative spending', { ...valid, spentCents: -5 }, 'spentCents'],
    ['fractional activities', { ...valid, activitiesHeld: 1.5 }, 'activitiesHeld'],
    ['another agreement’s deliverable', { ...valid, deliverableId: foreignDeliverable.id }, 'deliverableId'],
    ['an accepted deliverable', { ...valid, deliverableId: accepted.id }, 'deliverableId'],
    ['a deliverable id that is not one', { ...valid, deliverableId: 'x' }, 'deliverableId'],
    [
      'an unknown action kind',
      { ...valid, actions: [{ ...valid.actions[0], kindCode: 'nope' }] },
      'actions.0.kindCode',
    ],
    [
      'an action before the agreement',
      { ...valid, actions: [{ ...valid.actions[0], startOn: '2019-01-01' }] },
      'actions.0.startOn',
    ],
    ['six actions', { ...valid, actions: Array(6).fill(valid.actions[0]) }, 'actions'],
    ['a count as empty text', { ...valid, activitiesHeld: '' }, 'activitiesHeld'],
    ['a count as a boolean', { ...valid, totalParticipants: true }, 'totalParticipants'],
    ['an amount as text in exponent form', { ...valid, spentCents: '1e3' }, 'spentCents'],
    ['an amount as hexadecimal text', { ...valid, spentCents: '0x10' }, 'spentCents'],
    [
      'an action’s count as text',
      { ...valid, actions: [{ ...valid.actions[0], totalParticipants: '12' }] },
      'actions.0.totalParticipants',
    ],
  ]
  for (const [label, payload, field] of cases) {
    const res = await post(partner, `/api/v1/agreements/${agreement.id}/reports`, payload)
    assert.equal(res.statusCode, 400, `${label}: ${res.body}`)
    assert.ok(res.json().error.fields?.[field], `${label}: ${res.body}`)
  }
})

test("another organization's agreement answers 404; one in preparation 404 to its partner, 409 to staff", async () => {
  assert.equal((await post(partner, `/api/v1/agreements/${otherAgreement.id}/reports`, valid)).statusCode, 404)
  assert.equal((await get(partner, `/api/v1/agreements/${otherAgreement.id}/reports`)).statusCode, 404)
  const draft = await buildAgreement(app.system, org, { status: 'preparation', signedOn: null })
  assert.equal((await post(partner, `/api/v1/agreements/${draft.id}/reports`, valid)).statusCode, 404)
  assert.equal((await get(partner, `/api/v1/agreements/${draft.id}/reports`)).statusCode, 404)
  const res = await post(director, `/api/v1/agreements/${draft.id}/reports`, valid)
  assert.equal(res.statusCode, 409)
  assert.equal(res.json().error.code, 'AGREEMENT_IN_PREPARATION')
})

test('review: a director accepts or sends back; the deliverable follows; roles and regions are enforced', async () => {
  const d1 = await buildDeliverable(app.system, agreement.id)
  const d2 = await buildDeliverable(app.system, agreement.id)
  const r1 = (
    await post(partner, `/api/v1/agreements/${agreement.id}/reports`, { ...valid, deliverableId: d1.id })
  ).json()
  const r2 = (
    await post(partner, `/api/v1/agreements/${agreement.id}/reports`, { ...valid, deliverableId: d2.id })
  ).json()
  const review = (user: TestUser, id: string, body: object) => post(user, `/api/v1/reports/${id}/review`, body)
  assert.equal((await review(partner, r1.id, { decision: 'accepted' })).statusCode, 403)
  assert.equal((await review(agent, r1.id, { decision: 'accepted' })).statusCode, 403)
  assert.equal((await review(farDirector, r1.id, { decision: 'accepted' })).statusCode, 404)
  assert.equal((await get(farDirector, `/api/v1/reports/${r1.id}`)).statusCode, 404)
  assert.equal((await get(agent, `/api/v1/reports/${r1.id}`)).statusCode, 200)
  const noComment = await review(director, r2.id, { decision: 'returned' })
  assert.equal(noComment.statusCode, 400)
  assert.ok(noComment.json().error.fields.comment)
  const ok = await review(director, r1.id, { decision: 'accepted' })
  assert.equal(ok.statusCode, 200, ok.body)
  assert.equal(ok.json().status, 'accepted')
  const back = await review(director, r2.id, { decision: 'returned', comment: 'Ajoutez les pièces justificatives.' })
  assert.equal(back.json().status, 'returned')
  assert.equal(back.json().reviewComment, 'Ajoutez les pièces justificatives.')
  const rows = await app.system.db.select().from(deliverables).where(eq(deliverables.agreementId, agreement.id))
  assert.equal(rows.find((d) => d.id === d1.id)!.status, 'accepted')
  assert.equal(rows.find((d) => d.id === d2.id)!.status, 'returned')
  assert.equal((await review(director, r1.id, { decision: 'returned', comment: 'x' })).statusCode, 409)
  const again = await post(partner, `/api/v1/agreements/${agreement.id}/reports`, { ...valid, deliverableId: d2.id })
  assert.equal(again.statusCode, 201, 'a returned deliverable takes a new report')
})

test("a partner reads only its own organization's reports", async () => {
  const otherPartner = await app.userOf('partner', 'organization', otherOrg.id)
  const mine = (await post(partner, `/api/v1/agreements/${agreement.id}/reports`, valid)).json()
  assert.equal((await get(otherPartner, `/api/v1/reports/${mine.id}`)).statusCode, 404)
  assert.equal((await get(partner, `/api/v1/reports/${mine.id}`)).statusCode, 200)
  assert.equal((await post(agent, `/api/v1/agreements/${agreement.id}/reports`, valid)).statusCode, 403)
  assert.equal((await post(director, `/api/v1/agreements/${agreement.id}/reports`, valid)).statusCode, 201)
})
