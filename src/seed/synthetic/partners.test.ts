import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { queryRows } from '../../platform/db/database.js'
import { resolveScope } from '../../server/scope-resolver.js'
import { isoOf, LAST_DAY } from './dates.js'
import { loadSynthetic, type SyntheticSummary } from './load.js'
import { organizationPlans } from './organizations.js'
import { proportionalCounts } from './partners-world.js'
import { sizes } from './world.js'

// One small load for the whole file: the tests read the partners' records it wrote, as of the generator's "today".
const database = await createTestDatabase()
const base = { db: database.db, now: () => new Date('2026-11-01T12:00:00Z'), resolveScope }
const today = isoOf(LAST_DAY)
let summary: SyntheticSummary
const one = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query).then((rows) => rows[0]!)

before(async () => {
  summary = await loadSynthetic(base, database, { scale: 'small', seed: 42, referralExpiryWorkingDays: 10 })
})

test('splits a total over weights exactly, each part at least the floor', () => {
  const counts = proportionalCounts([1, 45, 0.3, 7], 100, 3)
  assert.equal(
    counts.reduce((s, n) => s + n, 0),
    100,
  )
  assert.ok(counts.every((n) => n >= 3))
  assert.ok(counts[1]! > counts[3]! && counts[3]! > counts[0]!)
})

type Counts = {
  organizations: number
  regions: number
  agreements: number
  actions: number
  statuses: number
  kinds: number
}

test('loads the small scale’s organizations, agreements and actions, in every region', async () => {
  const counts = await one<Counts>(sql`select
    (select count(*) from partners.organizations where name not like '%(synthétique)%')::int as organizations,
    (select count(distinct region_code) from partners.organizations where name not like '%(synthétique)%')::int as regions,
    (select count(*) from partners.agreements)::int as agreements,
    (select count(*) from partners.actions)::int as actions,
    (select count(distinct status) from partners.agreements)::int as statuses,
    (select count(distinct kind) from partners.organizations)::int as kinds`)
  assert.deepEqual(counts, {
    organizations: sizes.small.organizations,
    regions: 17,
    agreements: sizes.small.agreements,
    actions: sizes.small.actions,
    statuses: counts.statuses,
    kinds: counts.kinds,
  })
  assert.ok(counts.statuses >= 4, `agreement statuses: ${counts.statuses}`)
  assert.ok(counts.kinds >= 6, `organization kinds: ${counts.kinds}`)
  assert.equal(summary.counts.agreements, sizes.small.agreements)
  assert.equal(summary.counts.instalments, 2 * summary.counts.agreement_amounts!)
})

test('an agreement: its yearly amounts add up to its total over 1 to 3 consecutive fiscal years, its volet valid', async () => {
  const broken = await one<Record<string, number>>(sql`with y as (
      select agreement_id, sum(amount_cents) as total, count(*) as years, min(fiscal_year) as first,
        max(fiscal_year) as last from partners.agreement_amounts group by agreement_id)
    select
      (select count(*) from partners.agreements a left join y on y.agreement_id = a.id
        where y.total is distinct from a.total_cents or y.years not between 1 and 3
          or y.last - y.first + 1 <> y.years or a.end_on <> make_date(y.last::int + 1, 3, 31)
          or a.start_on < make_date(y.first::int, 4, 1) or a.start_on > make_date(y.first::int + 1, 3, 31))::int as amounts,
      (select count(*) from partners.agreements a join partners.program_volets v on v.id = a.volet_id
        join partners.programs p on p.code = a.program_code
        where v.program_code <> a.program_code or a.start_on < greatest(v.valid_from, p.valid_from)
          or a.end_on > least(coalesce(v.valid_to, 'infinity'), coalesce(p.valid_to, 'infinity')))::int as volets,
      (select count(*) from partners.agreements a join partners.organizations o on o.id = a.organization_id
        where o.region_code <> a.region_code or not (a.mrc_codes <@ o.served_mrc_codes))::int as places,
      (select count(*) - count(distinct lower(reference)) from partners.agreements)::int as duplicate_references`)
  assert.deepEqual(broken, { amounts: 0, volets: 0, places: 0, duplicate_references: 0 })
})

test('an agreement’s status agrees with its dates, its signature and its last event', async () => {
  const broken = await one<Record<string, number>>(sql`select
    (select count(*) from partners.agreements where (status = 'preparation') <> (signed_on is null)
      or signed_on > ${today} or signed_on > start_on)::int as signature,
    (select count(*) from partners.agreements where (status in ('in_progress', 'completed', 'terminated'))
      <> (started_on is not null) or started_on <> start_on or started_on > ${today}
      or (status in ('preparation', 'signed') and start_on <= ${today}))::int as start,
    (select count(*) from partners.agreements where (status = 'completed') <> (completed_on is not null)
      or completed_on <= end_on or completed_on > ${today})::int as completion,
    (select count(*) from partners.agreements where (status = 'terminated') <> (terminated_on is not null)
      or terminated_on < start_on or terminated_on > least(end_on, ${today}::date))::int as termination,
    (select count(*) from partners.agreements a where a.status <> (select e.to_status from partners.agreement_events e
      where e.agreement_id = a.id order by e."on" desc, e.at desc limit 1))::int as last_event`)
  assert.deepEqual(broken, { signature: 0, start: 0, completion: 0, termination: 0, last_event: 0 })
})

test('instalments add up exactly to the total, within the period, paid only when past and never before planned', async () => {
  const broken = await one<Record<string, number>>(sql`select
    (select count(*) from partners.agreements a where a.total_cents <>
      (select coalesce(sum(i.amount_cents), 0) from partners.instalments i where i.agreement_id = a.id))::int as sums,
    (select count(*) from partners.instalments i join partners.agreements a on a.id = i.agreement_id
      where i.planned_on not between a.start_on and a.end_on)::int as outside,
    (select count(*) from partners.instalments i join partners.agreements a on a.id = i.agreement_id
      where i.paid_on is not null and (i.paid_on < i.planned_on or i.paid_on > ${today}
        or i.paid_on > coalesce(a.terminated_on, a.end_on) or a.status in ('preparation', 'signed')))::int as paid_wrongly,
    (select count(*) from partners.instalments i join partners.deliverables d on d.id = i.deliverable_id
      where i.paid_on is not null and (d.status <> 'accepted' or d.reviewed_on > i.paid_on))::int as paid_unmet`)
  assert.deepEqual(broken, { sums: 0, outside: 0, paid_wrongly: 0, paid_unmet: 0 })
  const past = await one<{ paid: number; unpaid: number }>(sql`select
    count(*) filter (where paid_on is not null)::int as paid, count(*) filter (where paid_on is null)::int as unpaid
    from partners.instalments where planned_on <= ${today}`)
  assert.ok(past.paid > 4 * past.unpaid, `past instalments: ${past.paid} paid, ${past.unpaid} unpaid`)
  assert.ok(past.unpaid > 0, 'some past instalments wait for their payment')
})

test('deliverables: interim and final reports whose status agrees with their dates', async () => {
  const broken = await one<Record<string, number>>(sql`select
    (select count(*) from partners.deliverables where (status = 'due') <> (received_on is null)
      or received_on > ${today})::int as reception,
    (select count(*) from partners.deliverables where (status in ('accepted', 'returned')) <> (reviewed_on is not null)
      or reviewed_on < received_on or reviewed_on > ${today})::int as review,
    (select count(*) from partners.agreements a where not exists (select from partners.deliverables d
      where d.agreement_id = a.id and d.kind = 'final_activity_report'))::int as without_final`)
  assert.deepEqual(broken, { reception: 0, review: 0, without_final: 0 })
  const kinds = await queryRows<{ kind: string }>(
    database.db,
    sql`select distinct kind from partners.deliverables order by 1`,
  )
  assert.deepEqual(
    kinds.map((k) => k.kind),
    ['final_activity_report', 'final_financial_report', 'interim_activity_report'],
  )
})

test('local actions: of the twelve kinds in force on their start, within their agreement’s period and region, participants consistent', async () => {
  const broken = await one<Record<string, number>>(sql`select
    (select count(*) from partners.actions x join partners.agreements a on a.id = x.agreement_id
      where x.start_on < a.start_on or x.end_on > coalesce(a.terminated_on, a.end_on) or x.end_on > ${today}
        or x.end_on < x.start_on or x.region_code <> a.region_code)::int as misplaced,
    (select count(*) from partners.actions x join partners.action_kinds k on k.code = x.kind_code
      where x.start_on < k.valid_from or x.start_on > coalesce(k.valid_to, 'infinity'))::int as kind_not_in_force,
    (select count(*) from partners.actions where immigrant_participants > total_participants
      or (immigrant_participants is null) <> (total_participants is null) or total_participants <= 0)::int as participants,
    (select count(distinct kind_code) from partners.actions)::int as kinds`)
  assert.deepEqual(broken, { misplaced: 0, kind_not_in_force: 0, participants: 0, kinds: 12 })
})

test('organizations: names unique in their region, realistic kinds and services, the same for the same seed', async () => {
  const world = {
    seed: 3,
    today: LAST_DAY,
    regions: [
      {
        code: '11',
        cities: ['Gaspé', 'Carleton-sur-Mer'],
        fsa: 'G4X',
        mrcs: [
          { code: '03', name: 'La Côte-de-Gaspé', isMrc: true },
          { code: '06', name: 'Avignon', isMrc: true },
        ],
      },
    ],
    organizationCounts: [120],
    volets: [],
    actionKinds: [],
    takenNames: new Set(['11|mrc d’avignon']),
    sizes: sizes.small,
  }
  const plans = organizationPlans(world)
  assert.equal(new Set(plans.map((p) => p.name.toLowerCase())).size, 120)
  assert.ok(!plans.some((p) => p.name === 'MRC d’Avignon'), 'a name already taken is not generated again')
  assert.equal(plans.filter((p) => p.kind === 'mrc').length, 1)
  assert.deepEqual(
    organizationPlans(world).map((p) => p.name),
    plans.map((p) => p.name),
  )
  const services = await one<{ empty: number }>(
    sql`select count(*)::int as empty from partners.organizations where cardinality(services) = 0 and name not like '%(synthétique)%'`,
  )
  assert.equal(services.empty, 0)
})
