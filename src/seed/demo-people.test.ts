import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../platform/db/database.js'
import { countPersonsAccompanied } from '../modules/people/index.js'
import { createTestDatabase } from '../../test/db.js'
import { resolveScope } from '../server/scope-resolver.js'
import { DEMO_ACCOMPANIED, DEMO_PERIOD } from './demo-people.js'
import { loadDemo } from './demo.js'

const database = await createTestDatabase()
const db = database.db
await loadDemo({ db, now: () => new Date(), resolveScope })

test('the demo region has exactly 83 persons accompanied in the Bilan period, and others only outside it', async () => {
  const count = (from: string, to: string) => countPersonsAccompanied(db, { regionCodes: ['11'], from, to })
  assert.equal(DEMO_ACCOMPANIED, 83)
  assert.equal(await count(DEMO_PERIOD.from, DEMO_PERIOD.to), 83)
  // Its first and last days each hold one person's only intervention.
  assert.equal(await count('2019-08-02', DEMO_PERIOD.to), 82)
  assert.equal(await count(DEMO_PERIOD.from, '2021-06-29'), 82)
  assert.equal(await count('2019-01-01', '2019-07-31'), 4)
  assert.equal((await count('2021-07-01', '2099-12-31')) >= 6, true)
  assert.equal(await countPersonsAccompanied(db, { regionCodes: ['01'], ...DEMO_PERIOD }), 0)
})

test('the period is spread over both agents and the three service points', async () => {
  const rows = await queryRows<{ agent: string | null; point: string; n: number }>(
    db,
    sql`select s.full_name as agent, sp.name as point, count(distinct d.id)::int as n
        from people.interventions i join people.dossiers d on d.id = i.dossier_id
        left join territory.staff_members s on s.id = d.agent_id
        join territory.service_points sp on sp.id = d.service_point_id
        where i.occurred_on between ${DEMO_PERIOD.from} and ${DEMO_PERIOD.to} group by 1, 2`,
  )
  assert.deepEqual(new Set(rows.map((r) => r.agent)), new Set(['Amina Diallo', 'Marc-André Cyr']))
  assert.equal(new Set(rows.map((r) => r.point)).size, 3)
})

test('referrals reach every status of the loop, and one consent to share was withdrawn', async () => {
  const statuses = await queryRows<{ status: string }>(db, sql`select distinct status from people.referrals`)
  const expected = ['sent', 'accepted', 'declined', 'completed', 'not_completed', 'expired', 'rerouted', 'cancelled']
  for (const s of expected)
    assert.ok(
      statuses.some((r) => r.status === s),
      s,
    )
  const withdrawn = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from people.consents where withdrawn_at is not null and purpose = 'referral_sharing'`,
  )
  assert.equal(withdrawn[0]!.n, 1)
})

test('today holds work for the demo agent: a first meeting overdue, one due, a referral awaiting an answer', async () => {
  const rows = await queryRows<{ overdue: number; due: number; waiting: number }>(
    db,
    sql`select
      (select count(*)::int from people.dossiers where first_meeting_on is null and status <> 'closed'
         and first_meeting_due_on < current_date) as overdue,
      (select count(*)::int from people.dossiers where first_meeting_on is null and status <> 'closed'
         and first_meeting_due_on >= current_date) as due,
      (select count(*)::int from people.referrals where status = 'sent') as waiting`,
  )
  assert.ok(rows[0]!.overdue >= 1 && rows[0]!.due >= 1 && rows[0]!.waiting >= 1, JSON.stringify(rows[0]))
})

test('two online requests of this week wait in the region’s triage queue', async () => {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from people.support_requests where region_code = '11' and status = 'new'`,
  )
  assert.equal(rows[0]!.n, 2)
})
