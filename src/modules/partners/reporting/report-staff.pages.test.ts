import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildAgreement, buildDeliverable, buildOrganization } from '../../../../test/factories/partners.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { deliverables } from '../obligations/obligation.schema.js'
import { submitReport } from './report.service.js'
import { reportInput } from './report.contracts.js'
import { reportFiles } from './report.schema.js'

const app = await buildTestApp()
const org = await buildOrganization(app.system, { name: 'Carrefour Matane' })
const agreement = await buildAgreement(app.system, org)
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const farDirector = await app.userOf('director', 'region', '06')
const partner = await app.userOf('partner', 'organization', org.id)
const PDF = Buffer.from('%PDF-1.4 rapport')

/** A report submitted through the service, on a new deliverable of the agreement, with one PDF. */
async function submitted(narrative: string) {
  const deliverable = await buildDeliverable(app.system, agreement.id, { title: `Livrable ${narrative}` })
  const input = reportInput.parse({ narrative, deliverableId: deliverable.id, totalParticipants: 12 })
  const files = [{ fileName: 'bilan.pdf', contentType: 'application/pdf', content: PDF, truncated: false }]
  const report = await submitReport(app.system, agreement.id, input, files)
  return { ...report, deliverableId: deliverable.id, url: `/app/ententes/${agreement.id}/rapports/${report.id}` }
}
const form = (user: TestUser, url: string, payload: Record<string, string>) =>
  app.injectAs(user, { method: 'POST', url, payload })
const deliverableStatus = async (id: string) =>
  (await app.system.db.select().from(deliverables).where(eq(deliverables.id, id)))[0]!.status

test('the reports received list the region’s reports awaiting review, oldest first, in French and English', async () => {
  const first = await submitted('Premier')
  const second = await submitted('Second')
  const fr = await app.injectAs(director, { method: 'GET', url: '/app/rapports-partenaires' })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1>Rapports reçus<\/h1>/)
  assert.ok(fr.body.indexOf(first.id) < fr.body.indexOf(second.id), 'oldest first')
  assert.match(fr.body, /href="\/app\/rapports-partenaires"/, 'in the navigation')
  const en = await app.injectAs(director, { method: 'GET', url: '/app/rapports-partenaires?lang=en' })
  assert.match(en.body, /<h1>Reports received<\/h1>/)
  const far = await app.injectAs(farDirector, { method: 'GET', url: '/app/rapports-partenaires' })
  assert.doesNotMatch(far.body, new RegExp(first.id), 'another region’s director does not see them')
  assert.equal((await app.injectAs(partner, { method: 'GET', url: '/app/rapports-partenaires' })).statusCode, 403)
})

test('a director accepts a report: report and deliverable accepted, audited; the list no longer shows it', async () => {
  const r = await submitted('À accepter')
  const page = await app.injectAs(director, { method: 'GET', url: r.url })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /À accepter/)
  assert.match(page.body, /Accepter le rapport/)
  const res = await form(director, `${r.url}/revue`, { decision: 'accepted' })
  assert.equal(res.statusCode, 303, res.body)
  const after = await app.follow(director, res)
  assert.match(after.body, /La revue du rapport est enregistrée/)
  assert.doesNotMatch(after.body, /Accepter le rapport/, 'no review form once reviewed')
  assert.equal(await deliverableStatus(r.deliverableId), 'accepted')
  const audit = await app.system.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'report.reviewed'), eq(auditEvents.entityId, r.id)))
  assert.equal(audit.length, 1)
  const list = await app.injectAs(director, { method: 'GET', url: '/app/rapports-partenaires' })
  assert.doesNotMatch(list.body, new RegExp(r.id))
})

test('sending back needs a comment (400 on the form); then report and deliverable are returned, the partner reads why', async () => {
  const r = await submitted('À renvoyer')
  const bare = await form(director, `${r.url}/revue`, { decision: 'returned', comment: '  ' })
  assert.equal(bare.statusCode, 400)
  assert.match(bare.body, /Expliquez à l’organisme/)
  const bad = await form(director, `${r.url}/revue`, { decision: 'maybe' })
  assert.equal(bad.statusCode, 400)
  const res = await form(director, `${r.url}/revue`, { decision: 'returned', comment: 'Joignez les factures.' })
  assert.equal(res.statusCode, 303)
  assert.equal(await deliverableStatus(r.deliverableId), 'returned')
  const portal = await app.injectAs(partner, { method: 'GET', url: `/partenaires/ententes/${agreement.id}` })
  assert.match(portal.body, /Joignez les factures\./)
  const again = await form(director, `${r.url}/revue`, { decision: 'accepted' })
  assert.equal(again.statusCode, 409, 'a reviewed report is not reviewed again')
})

test('roles and regions: read-only staff read without review forms; another region and the partner get 404', async () => {
  const r = await submitted('Lecture')
  const read = await app.injectAs(agent, { method: 'GET', url: r.url })
  assert.equal(read.statusCode, 200)
  assert.doesNotMatch(read.body, /Accepter le rapport/)
  assert.equal((await form(agent, `${r.url}/revue`, { decision: 'accepted' })).statusCode, 403)
  assert.equal((await app.injectAs(farDirector, { method: 'GET', url: r.url })).statusCode, 404)
  assert.equal((await form(farDirector, `${r.url}/revue`, { decision: 'accepted' })).statusCode, 404)
  const other = await buildAgreement(app.system, org)
  const wrongPath = r.url.replace(agreement.id, other.id)
  assert.equal((await app.injectAs(director, { method: 'GET', url: wrongPath })).statusCode, 404)
  assert.equal((await app.injectAs(director, { method: 'GET', url: `${r.url}x` })).statusCode, 404)
})

test('a file downloads for staff of the region, audited; not for another region', async () => {
  const r = await submitted('Fichier')
  const [file] = await app.system.db.select().from(reportFiles).where(eq(reportFiles.reportId, r.id))
  const url = `${r.url}/fichiers/${file!.id}`
  const res = await app.injectAs(agent, { method: 'GET', url })
  assert.equal(res.statusCode, 200)
  assert.equal(res.body, PDF.toString())
  assert.match(String(res.headers['content-disposition']), /attachment; filename="bilan.pdf"/)
  const audit = await app.system.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'report.file_downloaded'), eq(auditEvents.entityId, r.id)))
  assert.equal(audit.length, 1)
  assert.equal((await app.injectAs(farDirector, { method: 'GET', url })).statusCode, 404)
})

test('the agreement page shows its reports section with links to each report', async () => {
  const r = await submitted('Section')
  const res = await app.injectAs(director, { method: 'GET', url: `/app/ententes/${agreement.id}` })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /id="agreement-reports"/)
  assert.match(res.body, new RegExp(`href="${r.url}"`))
  const en = await app.injectAs(director, { method: 'GET', url: `/app/ententes/${agreement.id}?lang=en` })
  assert.match(en.body, /Awaiting review/)
})
