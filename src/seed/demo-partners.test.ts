import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../test/db.js'
import { countActionsByKind, countAgreementsInForce } from '../modules/partners/index.js'
import { civilDate } from '../platform/clock.js'
import { queryRows } from '../platform/db/database.js'
import { resolveScope } from '../server/scope-resolver.js'
import { DEMO_ACTIONS_IN_PERIOD } from './demo-partners-actions.js'
import { DEMO_PERIOD } from './demo-people.js'
import { loadDemo } from './demo.js'

// The demo's partners, loaded through the services with the territory only (the persons are not needed here).
const database = await createTestDatabase()
const db = database.db
const now = new Date()
await loadDemo({ db, now: () => now, resolveScope }, { people: false })
const today = civilDate(now)
const one = <T>(query: ReturnType<typeof sql>) => queryRows<T>(db, query).then((rows) => rows[0]!)

test('region 11 holds exactly seven agreements in force during the Bilan period', async () => {
  assert.equal(await countAgreementsInForce(db, ['11'], DEMO_PERIOD.from, DEMO_PERIOD.to), 7)
  // The period's edges: the agreement that ended in March 2019 and the one signed in July 2021 stay out.
  assert.equal(await countAgreementsInForce(db, ['11'], '2019-04-01', DEMO_PERIOD.to), 7)
  assert.equal(await countAgreementsInForce(db, ['11'], '2018-04-01', DEMO_PERIOD.to), 8)
  assert.equal(await countAgreementsInForce(db, ['11'], DEMO_PERIOD.from, '2021-07-31'), 8)
  assert.equal(await countAgreementsInForce(db, ['01'], DEMO_PERIOD.from, DEMO_PERIOD.to), 0)
})

test('agreements outside the period: ended before, signed after, running today, in preparation', async () => {
  const rows = await queryRows<{ reference: string; status: string; signed_on: string | null; end_on: string }>(
    db,
    sql`select reference, status, signed_on::text, end_on::text from partners.agreements where region_code = '11'
      order by start_on, reference`,
  )
  assert.equal(rows.length, 11)
  const outside = rows.filter((r) => !r.signed_on || r.signed_on > DEMO_PERIOD.to || r.end_on < DEMO_PERIOD.from)
  assert.deepEqual(
    outside.map((r) => r.status),
    ['completed', 'completed', 'in_progress', 'preparation'],
  )
  const inForce = await countAgreementsInForce(db, ['11'], '2000-01-01', '2099-12-31')
  assert.equal(inForce, 10, 'every agreement but the one in preparation is signed')
})

test('the agreements name the resource organizations, MRCs and a municipality, under PAC and PASI', async () => {
  const rows = await queryRows<{ name: string; kind: string; program: string; volet: string; funds: boolean }>(
    db,
    sql`select distinct o.name, o.kind, a.program_code as program, v.code as volet, a.funds_referrals as funds
      from partners.agreements a join partners.organizations o on o.id = a.organization_id
      join partners.program_volets v on v.id = a.volet_id
      where a.region_code = '11' and a.signed_on <= ${DEMO_PERIOD.to} and a.end_on >= ${DEMO_PERIOD.from}`,
  )
  const kinds = new Set(rows.map((r) => r.kind))
  for (const k of ['mrc', 'municipality', 'youth_employment', 'local_development', 'literacy'])
    assert.ok(kinds.has(k), k)
  assert.ok(rows.some((r) => r.name === 'Pouvoir des mots de Gaspé'))
  assert.ok(rows.every((r) => (r.kind === 'mrc' || r.kind === 'municipality') === (r.volet === '1')))
  assert.ok(rows.some((r) => r.program === 'PASI' && r.volet === 'AQ' && r.funds))
})

test('local actions cover all twelve kinds in the period; those outside it are not counted', async () => {
  const kinds = await countActionsByKind(db, ['11'], DEMO_PERIOD.from, DEMO_PERIOD.to)
  assert.equal(kinds.length, 12)
  assert.equal(
    kinds.reduce((s, k) => s + k.count, 0),
    DEMO_ACTIONS_IN_PERIOD,
  )
  const all = await countActionsByKind(db, ['11'], '2000-01-01', '2099-12-31')
  assert.equal(
    all.reduce((s, k) => s + k.count, 0),
    DEMO_ACTIONS_IN_PERIOD + 3,
  )
})

test('schedules add up, payments and reports have their history, one amendment; today’s reminders are due', async () => {
  type Facts = Record<
    'unbalanced' | 'amendments' | 'overdue_payments' | 'overdue_reports' | 'due_soon' | 'accepted' | 'returned',
    number
  >
  const facts = await one<Facts>(sql`select
    (select count(*) from partners.agreements a where a.status <> 'preparation' and a.total_cents <>
      (select coalesce(sum(i.amount_cents), 0) from partners.instalments i where i.agreement_id = a.id))::int as unbalanced,
    (select count(*) from partners.amendments)::int as amendments,
    (select count(*) from partners.instalments where paid_on is null and planned_on < ${today})::int as overdue_payments,
    (select count(*) from partners.deliverables where status = 'due' and due_on < ${today})::int as overdue_reports,
    (select count(*) from partners.deliverables where status = 'due' and due_on between ${today}::date
      and ${today}::date + 30)::int as due_soon,
    (select count(*) from partners.deliverables where status = 'accepted')::int as accepted,
    (select count(*) from access.audit_events where action = 'deliverable.returned')::int as returned`)
  assert.deepEqual(facts, {
    unbalanced: 0,
    amendments: 1,
    overdue_payments: 1,
    overdue_reports: 1,
    due_soon: 1,
    accepted: facts.accepted,
    returned: facts.returned,
  })
  assert.ok(facts.accepted > 20)
})
