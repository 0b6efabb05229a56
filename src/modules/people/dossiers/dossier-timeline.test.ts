import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { actorUserId } from '../../access/index.js'
import { createOrganization } from '../../partners/index.js'
import { queryRows } from '../../../platform/db/database.js'

const app = await buildTestApp()
const db = app.system.db
let agent: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
})

const page = (id: string, lang = 'fr') =>
  app.injectAs(agent, { method: 'GET', url: `/app/dossiers/${id}?lang=${lang}` })

/** Positions of texts in a page, asserting each is there. */
function positions(body: string, texts: string[]): number[] {
  return texts.map((t) => {
    const at = body.indexOf(t)
    assert.ok(at > 0, `the page shows « ${t} »`)
    return at
  })
}

test('what is known only by its date comes at the end of its day, after what is timed that day', async () => {
  const d = await buildDossier(app.system, { regionCode: '11', startsOn: '2021-03-01' })
  await db.execute(sql`insert into people.need_catalogue (code, volet, label_fr, label_en, valid_from)
    values ('test_housing', 'installation', 'Logement', 'Housing', '2019-01-01') on conflict do nothing`)
  const [need] = await queryRows<{ id: string }>(
    db,
    sql`insert into people.dossier_needs (dossier_id, need_code, priority, assessed_on)
        values (${d.id}, 'test_housing', 'high', '2021-03-12') returning id`,
  )
  // 16:00, 17:00 and 03:30 (13 March) in UTC are 11:00, 12:00 and 22:30 on 12 March in Québec.
  await db.execute(sql`insert into people.dossier_events (dossier_id, kind, to_status, at)
    values (${d.id}, 'opened', 'open', '2021-03-12T16:00:00Z')`)
  await db.execute(sql`insert into people.plan_steps (dossier_id, need_id, action, responsible, status, done_on, created_at)
    values (${d.id}, ${need!.id}, 'Visiter des logements', 'person', 'done', '2021-03-12', '2021-03-12T17:00:00Z')`)
  await db.execute(sql`insert into people.dossier_events (dossier_id, kind, from_status, to_status, at)
    values (${d.id}, 'status_changed', 'open', 'assessment', '2021-03-13T03:30:00Z')`)

  const res = await page(d.id)
  const [opened, added, moved, assessed, done] = positions(res.body, [
    'Dossier ouvert',
    'Étape du plan ajoutée',
    'Changement de statut',
    'Besoin évalué : Logement',
    'Étape du plan réalisée',
  ])
  assert.ok(opened! < added! && added! < moved!, 'opened at 11:00, the step added at 12:00, moved at 22:30')
  assert.ok(moved! < assessed! && moved! < done!, 'the need assessed and the step done that day come last')
  assert.match(res.body, /<time datetime="[^"]+">12 mars 2021<\/time> : <strong>Étape du plan réalisée/)
})

test('a referral comment reads as a comment, from the organization or the agent, not as a second status', async () => {
  const person = await buildPerson(app.system, { regionCode: '11' })
  const d = await buildDossier(app.system, { regionCode: '11', personId: person.id })
  const org = await createOrganization(app.system, { name: 'Carrefour accueil', kind: 'community', regionCode: '11' })
  const partner = await app.userOf('partner', 'organization', org.id)
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
  await db.execute(sql`insert into people.referral_events (referral_id, from_status, to_status, comment, at, by) values
    (${referral!.id}, null, 'sent', null, '2021-03-15T14:00:00Z', ${actorUserId(agent.actor)}),
    (${referral!.id}, 'sent', 'received', null, '2021-03-16T14:00:00Z', ${actorUserId(partner.actor)}),
    (${referral!.id}, 'received', 'received', 'Nous appelons la personne lundi.', '2021-03-16T15:00:00Z',
      ${actorUserId(partner.actor)}),
    (${referral!.id}, 'received', 'received', 'Merci.', '2021-03-16T16:00:00Z', ${actorUserId(agent.actor)})`)

  const fr = (await page(d.id)).body
  assert.equal(fr.match(/Recherche de logement — Reçue/g)?.length, 1, 'one « Reçue »: the status change')
  const [received, partnerComment, agentComment] = positions(fr, [
    'Recherche de logement — Reçue',
    'Recherche de logement — Commentaire de l’organisme',
    'Recherche de logement — Commentaire de l’agente ou de l’agent',
  ])
  assert.ok(received! < partnerComment! && partnerComment! < agentComment!)
  assert.ok(fr.indexOf('Nous appelons la personne lundi.') > partnerComment!)
  const en = (await page(d.id, 'en')).body
  assert.match(en, /Recherche de logement — Comment from the organization/)
  assert.match(en, /Recherche de logement — Comment from the agent/)
})
