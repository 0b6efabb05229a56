import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { queryRows } from '../../platform/db/database.js'
import { AppError } from '../../platform/errors.js'
import { resolveScope } from '../../server/scope-resolver.js'
import { loadSynthetic, type SyntheticSummary } from './load.js'
import { personColumns, personRow } from './persons.js'
import { stubWorld } from './synthetic.fixtures.js'
import { kinds, uuidFor } from './random.js'

// One small load for the whole file (about 20 s on the embedded database): the tests read what it wrote.
const database = await createTestDatabase()
const base = { db: database.db, now: () => new Date('2026-11-01T12:00:00Z'), resolveScope }
let summary: SyntheticSummary
const one = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query).then((rows) => rows[0]!)

before(async () => {
  summary = await loadSynthetic(base, database, { scale: 'small', seed: 42, referralExpiryWorkingDays: 10 })
})

test('loads the small scale with exact counts of persons, dossiers, interventions and referrals', async () => {
  const counts = await one<Record<string, number>>(sql`select
    (select count(*) from people.persons) as persons, (select count(*) from people.dossiers) as dossiers,
    (select count(*) from people.interventions) as interventions, (select count(*) from people.referrals) as referrals,
    (select count(*) from people.consents where purpose = 'referral_sharing') as consents, (select count(*) from people.referral_events) as referral_events`)
  assert.deepEqual(counts, {
    persons: 2_000,
    dossiers: 2_400,
    interventions: 24_000,
    referrals: 4_800,
    consents: 2_000,
    referral_events: summary.counts.referral_events,
  })
  assert.deepEqual(summary.skipped, [])
})

test('spreads persons and service points over all 17 regions, apart from the demo', async () => {
  const spread = await one<{ regions: number; points: number }>(sql`select
    (select count(distinct region_code) from people.persons)::int as regions,
    (select count(distinct region_code) from territory.service_points where host_name like 'Données synthétiques%')::int as points`)
  assert.deepEqual(spread, { regions: 17, points: 17 })
})

test('keeps every reference consistent: a dossier has its person, an intervention its dossier’s place', async () => {
  const broken = await one<Record<string, number>>(sql`select
    (select count(*) from people.dossiers d left join people.persons p on p.id = d.person_id where p.id is null) as orphans,
    (select count(*) from people.interventions i join people.dossiers d on d.id = i.dossier_id
       where i.region_code <> d.region_code or i.service_point_id <> d.service_point_id) as misplaced,
    (select count(*) from people.dossiers d join territory.service_points s on s.id = d.service_point_id
       where s.region_code <> d.region_code) as wrong_region,
    (select count(*) from people.referrals r join people.dossiers d on d.id = r.dossier_id
       join people.consents c on c.id = r.consent_id where c.person_id <> d.person_id) as foreign_consents`)
  assert.deepEqual(broken, { orphans: 0, misplaced: 0, wrong_region: 0, foreign_consents: 0 })
})

test('writes referrals in every status, and numbers dossiers before the application’s next one', async () => {
  const statuses = await queryRows<{ status: string }>(database.db, sql`select distinct status from people.referrals`)
  assert.equal(statuses.length, 10)
  const { max, next } = await one<{ max: number; next: number }>(sql`select
    (select max(split_part(number, '-', 3)::int) from people.dossiers)::int as max,
    nextval('people.dossier_number_seq')::int as next`)
  assert.equal(next, max + 1)
})

test('the seed decides the data: the first person is the one generated for seed 42', async () => {
  const row = await one<{ given_name: string; birth_date: string }>(
    sql`select given_name, birth_date from people.persons where id = ${uuidFor(42, kinds.person, 0)}`,
  )
  const expected = personRow(stubWorld(42), 0)
  assert.equal(row.given_name, expected[personColumns.indexOf('given_name')])
  assert.equal(row.birth_date, expected[personColumns.indexOf('birth_date')])
  assert.notEqual(uuidFor(43, kinds.person, 0), uuidFor(42, kinds.person, 0))
})

test('finds a loaded person by a folded, misspelt name through the trigram index', async () => {
  const { given_name, family_name } = await one<{ given_name: string; family_name: string }>(
    sql`select given_name, family_name from people.persons where id = ${uuidFor(42, kinds.person, 7)}`,
  )
  // Typed without accents and with the last letter wrong, as "melanie tremblai" for "Mélanie Tremblay".
  const plain = `${given_name} ${family_name}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const typed = `${plain.slice(0, -1)}${plain.endsWith('e') ? 'a' : 'e'}`
  const hits = await queryRows<{ id: string }>(
    database.db,
    sql`select id from people.persons where name_folded % people.fold(${typed}) order by similarity(name_folded, people.fold(${typed})) desc`,
  )
  assert.ok(hits.some((h) => h.id === uuidFor(42, kinds.person, 7)))
})

test('refuses a second load on the same database', async () => {
  await assert.rejects(
    loadSynthetic(base, database, { scale: 'small', seed: 1, referralExpiryWorkingDays: 10 }),
    (e: unknown) => e instanceof AppError && e.code === 'SYNTHETIC_ALREADY_LOADED',
  )
})
