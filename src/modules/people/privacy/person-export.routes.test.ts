import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier, buildIntervention, buildPerson } from '../../../../test/factories/people.js'
import { buildReferral, buildSupportRequest } from '../../../../test/factories/privacy.js'
import { buildConsent, buildNeed, buildOrganization, buildPlanStep } from '../../../../test/factories/referrals.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { dossierEvents } from '../dossiers/dossier.schema.js'
import type { PersonExport } from './person-export.contracts.js'
import { personExportTemplate } from './person-export.pdf.js'

const t = await buildTestApp()
const { system } = t
// A family name that would change the page if it were spliced into Typst markup.
const HOSTILE = '#set page(width: 1pt)] "\\ Tremblay'

const household = crypto.randomUUID()
const person = await buildPerson(system, {
  givenName: 'Élodie',
  familyName: HOSTILE,
  birthDate: '1988-07-14',
  email: 'elodie@example.org',
  immigrationCategory: 'economic',
  arrivalDate: '2020-01-03',
  householdId: household,
  householdRelation: 'principal',
})
const child = await buildPerson(system, { householdId: household, householdRelation: 'child' })
const dossier = await buildDossier(system, { personId: person.id })
await system.db
  .insert(dossierEvents)
  .values({ dossierId: dossier.id, kind: 'opened', at: new Date(), note: 'Accueil.' })
const need = await buildNeed(system, dossier)
await buildPlanStep(system, dossier, need)
await buildIntervention(system, dossier, { occurredOn: '2020-01-08', summary: 'Première rencontre.' })
const organization = await buildOrganization(system, { name: `Accueil Gaspésie ${Date.now()}` })
const consent = await buildConsent(system, person.id, 'referral_sharing')
await buildReferral(system, dossier, organization.id, consent.id)
await buildSupportRequest(system, { dossierId: dossier.id, status: 'converted' })

const director = await t.userOf('director', 'region', '11')
const otherDirector = await t.userOf('director', 'region', '01')
const agent = await t.userOf('agent', 'region', '11')
const url = `/api/v1/persons/${person.id}/export`

async function exportAudits(format: string) {
  const rows = await system.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'person.exported'), eq(auditEvents.entityId, person.id)))
  return rows.filter((r) => (r.details as { format?: string } | null)?.format === format)
}

test('the JSON export holds every part of the file and is audited', async () => {
  const before = (await exportAudits('json')).length
  const res = await t.injectAs(director, { method: 'GET', url })
  assert.equal(res.statusCode, 200)
  const file = res.json() as PersonExport
  assert.deepEqual([file.format, file.version], ['escale.person-export', 1])
  assert.deepEqual([file.person.givenName, file.person.familyName], ['Élodie', HOSTILE])
  assert.equal(file.person.contact.email, 'elodie@example.org')
  assert.deepEqual([file.person.immigration.category, file.person.immigration.arrivalDate], ['economic', '2020-01-03'])
  assert.deepEqual(file.person.household.members, [{ personId: child.id, relation: 'child' }])
  assert.equal(file.consents[0]!.purpose, 'referral_sharing')
  assert.ok(file.consents[0]!.textFr.length > 0)
  const [d] = file.dossiers
  assert.equal(d!.number, dossier.number)
  assert.equal(d!.events[0]!.note, 'Accueil.')
  assert.equal(d!.needs[0]!.notes, need.notes)
  assert.equal(d!.planSteps.length, 1)
  assert.equal(d!.interventions[0]!.summary, 'Première rencontre.')
  assert.match(d!.referrals[0]!.organizationName ?? '', /^Accueil Gaspésie/)
  assert.deepEqual(
    d!.referrals[0]!.events.map((e) => e.toStatus),
    ['sent', 'completed'],
  )
  assert.equal(file.supportRequests[0]!.message, 'Je viens d’arriver avec mes deux enfants.')
  assert.equal((await exportAudits('json')).length, before + 1)
})

test('the PDF export is a PDF whose Typst source holds none of the person’s words', async () => {
  const res = await t.injectAs(director, { method: 'GET', url: `${url}?format=pdf&lang=en` })
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'application/pdf')
  assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-')
  // The hostile name did not set the page width: every page is US letter.
  const boxes = res.rawPayload.toString('latin1').match(/\/MediaBox \[[^\]]*\]/g) ?? []
  assert.ok(boxes.length > 0)
  for (const box of boxes) assert.equal(box, '/MediaBox [0 0 612 792]')
  assert.ok(!personExportTemplate.includes('Tremblay'))
  assert.equal((await exportAudits('pdf')).length >= 1, true)
})

test('another region’s director gets 404, an agent 403, an unknown person 404', async () => {
  assert.equal((await t.injectAs(otherDirector, { method: 'GET', url })).statusCode, 404)
  assert.equal((await t.injectAs(agent, { method: 'GET', url })).statusCode, 403)
  const unknown = `/api/v1/persons/${crypto.randomUUID()}/export`
  assert.equal((await t.injectAs(director, { method: 'GET', url: unknown })).statusCode, 404)
  assert.equal((await t.injectAs(null, { method: 'GET', url })).statusCode, 401)
})

test('an unknown format is refused with a message', async () => {
  const res = await t.injectAs(director, { method: 'GET', url: `${url}?format=xml` })
  assert.equal(res.statusCode, 400)
  assert.ok(res.json().error.fields.format)
})

test('the right-of-access page explains the export in French and English and links both downloads', async () => {
  const page = `/app/personnes/${person.id}/acces`
  const fr = await t.injectAs(director, { method: 'GET', url: page })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Droit d’accès de la personne/)
  assert.ok(fr.body.includes(`href="${page}.json"`))
  assert.ok(fr.body.includes(`href="${page}.pdf?langue=en"`))
  assert.ok(!fr.body.includes('Élodie'))
  const en = await t.injectAs(director, { method: 'GET', url: `${page}?lang=en` })
  assert.match(en.body, /The person’s right of access/)
  const json = await t.injectAs(director, { method: 'GET', url: `${page}.json` })
  assert.equal(json.statusCode, 200)
  assert.match(String(json.headers['content-disposition']), /attachment; filename="acces-[0-9a-f-]+\.json"/)
  assert.equal((json.json() as PersonExport).person.id, person.id)
  const pdf = await t.injectAs(director, { method: 'GET', url: `${page}.pdf?langue=en` })
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
  assert.equal((await t.injectAs(agent, { method: 'GET', url: page })).statusCode, 403)
  assert.equal((await t.injectAs(otherDirector, { method: 'GET', url: `${page}.pdf` })).statusCode, 404)
})
