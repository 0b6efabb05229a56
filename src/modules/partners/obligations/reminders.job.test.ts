import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import {
  buildAgreement,
  buildDeliverable,
  buildInstalment,
  buildOrganization,
} from '../../../../test/factories/partners.js'
import { digest, sendReminders } from './reminders.job.js'

const app = await buildTestApp()
// Today in Québec: 2021-06-15.
const ctx = { ...app.system, now: new Date('2021-06-15T16:00:00Z') }

async function outbox(to: string) {
  const result = await app.system.db.execute(
    sql`select subject, body_text as "text" from access.outbox where to_address = ${to} order by created_at`,
  )
  return (result as unknown as { rows: { subject: string; text: string }[] }).rows
}

test('reminders: due, overdue and instalments to pay, mailed once to the region’s directors in their language', async () => {
  const director = await app.userOf('director', 'region', '05')
  const englishDirector = await app.userOf('director', 'region', '05')
  await app.system.db.execute(
    sql`update access.users set locale = 'en' where lower(email) = lower(${englishDirector.email})`,
  )
  const elsewhere = await app.userOf('director', 'region', '06')
  const agent = await app.userOf('agent', 'region', '05')

  const org = await buildOrganization(app.system, { regionCode: '05', name: 'Carrefour Estrie', city: 'Sherbrooke' })
  const a = await buildAgreement(app.system, org, { reference: 'ENT-ESTRIE-1' })
  await buildDeliverable(app.system, a.id, { title: 'Rapport en retard', dueOn: '2021-05-31' })
  await buildDeliverable(app.system, a.id, { title: 'Rapport renvoyé', dueOn: '2021-06-01', status: 'returned' })
  await buildDeliverable(app.system, a.id, { title: 'Rapport bientôt', dueOn: '2021-07-10' })
  await buildDeliverable(app.system, a.id, { title: 'Rapport lointain', dueOn: '2021-09-01' })
  await buildDeliverable(app.system, a.id, { title: 'Rapport accepté', dueOn: '2021-05-01', status: 'accepted' })
  await buildInstalment(app.system, a.id, { number: 1, plannedOn: '2021-06-20', amountCents: 1_000_000 })
  await buildInstalment(app.system, a.id, { number: 2, plannedOn: '2021-06-01', amountCents: 2_000_000 })
  await buildInstalment(app.system, a.id, { number: 3, plannedOn: '2021-06-10', paidOn: '2021-06-10' })
  await buildInstalment(app.system, a.id, { number: 4, plannedOn: '2021-07-20' })
  const ended = await buildAgreement(app.system, org, { reference: 'ENT-ESTRIE-FIN', status: 'terminated' })
  await buildDeliverable(app.system, ended.id, { title: 'Rapport résilié', dueOn: '2021-05-31' })
  await buildInstalment(app.system, ended.id, { number: 1, plannedOn: '2021-06-01' })

  const first = await sendReminders(ctx, 'https://escale.example/')
  assert.deepEqual(first, { deliverablesDue: 1, deliverablesOverdue: 2, instalmentsDue: 2, mails: 2 })

  const [fr] = await outbox(director.email)
  assert.ok(fr, 'the director got a digest')
  assert.match(fr.subject, /: 5 rappels$/)
  assert.match(fr.text, /\(https:\/\/escale\.example\/app\/ententes\/echeances\)/, 'an absolute link')
  assert.match(fr.text, /Livrables en retard :[\s\S]*Rapport en retard[\s\S]*Rapport renvoyé/)
  assert.match(fr.text, /Livrables attendus dans les 30 jours :[\s\S]*Rapport bientôt/)
  assert.match(fr.text, /Versement 1/)
  assert.match(fr.text, /Versement 2/)
  assert.doesNotMatch(fr.text, /Rapport accepté|Rapport lointain|Versement 3|Versement 4|ENT-ESTRIE-FIN/)
  const [en] = await outbox(englishDirector.email)
  assert.match(en!.text, /Overdue deliverables:[\s\S]*Instalment 2/)
  assert.match(en!.subject, /: 5 reminders$/)
  assert.deepEqual(await outbox(elsewhere.email), [], 'a director of another region gets nothing')
  assert.deepEqual(await outbox(agent.email), [], 'only directors are mailed')

  const second = await sendReminders(ctx)
  assert.deepEqual(second, { deliverablesDue: 0, deliverablesOverdue: 0, instalmentsDue: 0, mails: 0 })
  assert.equal((await outbox(director.email)).length, 1, 'sent once')

  // A month later the deliverable that was due soon is overdue (reminded again, as overdue) and instalment 4 is near.
  const later = await sendReminders({ ...ctx, now: new Date('2021-07-14T16:00:00Z') })
  assert.deepEqual(later, { deliverablesDue: 0, deliverablesOverdue: 1, instalmentsDue: 1, mails: 2 })
})

test('reminders: one reminder reads in the singular', async () => {
  const item: Parameters<typeof digest>[1][number] = {
    kind: 'deliverable_due',
    id: 'd1',
    agreementId: 'a1',
    reference: 'ENT-1',
    organizationName: 'Org',
    regionCode: '05',
    dueOn: '2021-07-01',
    label: 'Rapport',
    number: null,
    amountCents: null,
    total: 1,
  }
  assert.match(digest('a@b.c', [item], 'fr').subject, /: 1 rappel$/)
  assert.match(digest('a@b.c', [item], 'en').subject, /: 1 reminder$/)
})
