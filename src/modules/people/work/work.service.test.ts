import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { type Ctx, Scope } from '../../access/index.js'
import { createOrganization } from '../../partners/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildSupportRequest, onlineRequestConsentTextId } from '../../../../test/factories/requests.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'
import { getMyWork, type WorkItem } from './work.service.js'

const app = await buildTestApp()
// Thursday 27 June 2024, Québec time: Fête nationale (Monday 24 June) and Canada Day (Monday 1 July) are around it.
const NOW = new Date('2024-06-27T16:00:00Z')
let agentUser: TestUser
let unlinkedUser: TestUser
let directorUser: TestUser
let staffId: string
let sp: { id: string }

const ctxOf = (user: TestUser, now = NOW): Ctx => ({
  ...app.system,
  actor: user.actor,
  scope: Scope.ofRegions('region', ['11']),
  now,
})
const dossierItems = (items: WorkItem[], dossierId: string) =>
  items.filter((i) => i.href === `/app/dossiers/${dossierId}`)

before(async () => {
  agentUser = await app.userOf('agent', 'region', '11')
  unlinkedUser = await app.userOf('agent', 'region', '11')
  directorUser = await app.userOf('director', 'region', '11')
  const staff = await buildStaff(app.system, { role: 'agent', regionCode: '11' })
  staffId = staff.id
  // The agent's account is this team member's (what opening a staff account does).
  const userId = agentUser.actor.kind === 'user' ? agentUser.actor.userId : ''
  await app.system.db.execute(sql`update territory.staff_members set user_id = ${userId} where id = ${staffId}`)
  sp = await buildServicePoint(app.system, { regionCode: '11' })
})

describe('first meetings', () => {
  test('a dossier started the Thursday before the Fête nationale is due 28 June (the holiday does not count)', async () => {
    const d = await buildDossier(app.system, { servicePointId: sp.id, agentId: staffId, startsOn: '2024-06-20' })
    const before = dossierItems((await getMyWork(ctxOf(agentUser))).items, d.id)
    assert.deepEqual(
      before.map((i) => [i.kind, i.dueOn, i.overdue]),
      [['first_meeting', '2024-06-28', false]],
    )
    const after = await getMyWork(ctxOf(agentUser, new Date('2024-07-02T16:00:00Z')))
    assert.equal(dossierItems(after.items, d.id)[0]?.overdue, true)
  })

  test('leaves out meetings held, closed dossiers and other agents’ dossiers', async () => {
    const other = await buildStaff(app.system, { role: 'agent', regionCode: '11' })
    const held = await buildDossier(app.system, {
      servicePointId: sp.id,
      agentId: staffId,
      firstMeetingOn: '2024-06-21',
    })
    const closed = await buildDossier(app.system, { servicePointId: sp.id, agentId: staffId, status: 'closed' })
    const theirs = await buildDossier(app.system, { servicePointId: sp.id, agentId: other.id })
    const { items } = await getMyWork(ctxOf(agentUser))
    for (const d of [held, closed, theirs]) assert.deepEqual(dossierItems(items, d.id), [])
  })
})

test('follow-ups are listed up to five working days ahead (Canada Day skipped): 5 July in, 8 July out', async () => {
  const held = { servicePointId: sp.id, agentId: staffId, firstMeetingOn: '2024-06-21' }
  const soon = await buildDossier(app.system, { ...held, nextFollowUpOn: '2024-07-05' })
  const later = await buildDossier(app.system, { ...held, nextFollowUpOn: '2024-07-08' })
  const late = await buildDossier(app.system, { ...held, nextFollowUpOn: '2024-06-25' })
  const { items } = await getMyWork(ctxOf(agentUser))
  assert.deepEqual(
    dossierItems(items, soon.id).map((i) => [i.kind, i.overdue]),
    [['follow_up', false]],
  )
  assert.deepEqual(dossierItems(items, later.id), [])
  assert.deepEqual(
    dossierItems(items, late.id).map((i) => [i.kind, i.overdue]),
    [['follow_up', true]],
  )
})

test('lists plan steps due, referrals waiting (flagged past their answer date) and consents expiring within 30 days', async () => {
  const person = await buildPerson(app.system)
  const d = await buildDossier(app.system, {
    servicePointId: sp.id,
    agentId: staffId,
    personId: person.id,
    firstMeetingOn: '2024-06-21',
  })
  const [need] = await queryRows<{ id: string }>(
    app.system.db,
    sql`insert into people.dossier_needs (dossier_id, need_code, priority, assessed_on)
      select ${d.id}, code, 'high', '2024-06-21' from people.need_catalogue limit 1 returning id`,
  )
  await app.system.db.execute(sql`insert into people.plan_steps (dossier_id, need_id, action, responsible, due_on, status) values
    (${d.id}, ${need!.id}, 'Inscription au cours', 'person', '2024-07-02', 'planned'),
    (${d.id}, ${need!.id}, 'Déjà fait', 'person', '2024-06-26', 'done')`)
  const textId = await onlineRequestConsentTextId(app.system)
  const [consent] = await queryRows<{ id: string }>(
    app.system.db,
    sql`insert into people.consents (person_id, purpose, text_id, given_on, expires_on, recorded_at) values
      (${person.id}, 'referral_sharing', ${textId}, '2023-07-10', '2024-07-10', now()),
      (${person.id}, 'contact_sharing', ${textId}, '2023-09-10', '2024-09-10', now()) returning id`,
  )
  await app.system.db.execute(sql`insert into people.consents (person_id, purpose, text_id, given_on, expires_on, recorded_at, withdrawn_at)
    values (${person.id}, 'job_matching', ${textId}, '2023-07-01', '2024-07-01', now(), now())`)
  const org = await createOrganization(app.system, { name: 'Accueil Gaspé', kind: 'community', regionCode: '11' })
  await app.system.db.execute(sql`insert into people.referrals
    (dossier_id, region_code, organization_id, service_wanted, need_ids, step_ids, consent_id, status, answer_due_on, sent_at)
    values (${d.id}, '11', ${org.id}, 'Logement', '{}', '{}', ${consent!.id}, 'sent', '2024-06-26', now()),
      (${d.id}, '11', ${org.id}, 'Emploi', '{}', '{}', ${consent!.id}, 'accepted', '2024-06-26', now())`)
  const items = dossierItems((await getMyWork(ctxOf(agentUser))).items, d.id)
  const consentItems = (await getMyWork(ctxOf(agentUser))).items.filter(
    (i) => i.kind === 'consent' && i.href.includes(person.id),
  )
  assert.deepEqual(
    items.map((i) => [i.kind, i.dueOn, i.overdue, i.detail]),
    [
      ['referral', '2024-06-26', true, 'Logement'],
      ['plan_step', '2024-07-02', false, 'Inscription au cours'],
    ],
  )
  assert.deepEqual(
    consentItems.map((i) => [i.dueOn, i.detail]),
    [['2024-07-10', 'referral_sharing']],
  )
})

test('lists the requests assigned to the agent and the unassigned ones of the region, due five working days after', async () => {
  const mine = await buildSupportRequest(app.system, { assignedTo: staffId, status: 'assigned' })
  const open = await buildSupportRequest(app.system)
  const elsewhere = await buildSupportRequest(app.system, { regionCode: '01' })
  const { items } = await getMyWork(ctxOf(agentUser))
  const requests = items.filter((i) => i.kind === 'request').map((i) => i.href)
  assert.ok(requests.includes(`/app/demandes/${mine.id}`))
  assert.ok(requests.includes(`/app/demandes/${open.id}`))
  assert.ok(!requests.includes(`/app/demandes/${elsewhere.id}`))
  // Received Thursday 20 June: due Friday 28 June, the Fête nationale not counted.
  assert.equal(items.find((i) => i.href === `/app/demandes/${mine.id}`)?.dueOn, '2024-06-28')
})

test('an account without a staff member sees the unassigned work of its regions; a director the totals', async () => {
  const nobody = await buildDossier(app.system, { servicePointId: sp.id, startsOn: '2024-06-20' })
  const held = await buildDossier(app.system, { servicePointId: sp.id, agentId: staffId, startsOn: '2024-06-20' })
  const unassigned = await getMyWork(ctxOf(unlinkedUser))
  assert.equal(unassigned.owner, 'unassigned')
  assert.equal(dossierItems(unassigned.items, nobody.id).length, 1)
  assert.equal(dossierItems(unassigned.items, held.id).length, 0)
  const region = await getMyWork(ctxOf(directorUser))
  assert.equal(region.owner, 'region')
  const mineOnly = await getMyWork(ctxOf(agentUser))
  assert.ok(region.counts.first_meeting.total >= mineOnly.counts.first_meeting.total + 1)
})
