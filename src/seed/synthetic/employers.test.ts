import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { queryRows } from '../../platform/db/database.js'
import { resolveScope } from '../../server/scope-resolver.js'
import { candidateRow } from './candidates.js'
import { createEmployersWorld } from './employers-world.js'
import { loadSynthetic, type SyntheticSummary } from './load.js'
import { sizes } from './world.js'

// One small load for the whole file: the tests read the employers' records it wrote.
const database = await createTestDatabase()
const base = { db: database.db, now: () => new Date('2026-11-01T12:00:00Z'), resolveScope }
let summary: SyntheticSummary
type Counts<K extends string> = Record<K, number>
const one = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query).then((rows) => rows[0]!)

before(async () => {
  summary = await loadSynthetic(base, database, { scale: 'small', seed: 42, referralExpiryWorkingDays: 10 })
})

test('loads the small scale’s enterprises, services, needs and candidate profiles with their consents, exactly', async () => {
  const counts = await one<Record<string, number>>(sql`select
    (select count(*) from employers.enterprises)::int as enterprises,
    (select count(*) from employers.advisor_services)::int as advisor_services,
    (select count(*) from employers.labour_needs)::int as labour_needs,
    (select count(*) from employers.candidate_profiles)::int as candidate_profiles,
    (select count(*) from people.consents where purpose = 'job_matching')::int as job_matching_consents`)
  const { enterprises, advisorServices, labourNeeds, candidates } = sizes.small
  assert.deepEqual(counts, {
    enterprises,
    advisor_services: advisorServices,
    labour_needs: labourNeeds,
    candidate_profiles: candidates,
    job_matching_consents: candidates,
  })
  assert.equal(summary.counts.enterprises, enterprises)
  assert.equal(summary.counts.candidate_profiles, candidates)
  assert.equal(summary.counts.consents, sizes.small.persons + candidates, 'referral and job-matching consents')
  assert.deepEqual(summary.skipped, [])
})

test('enterprises in all 17 regions, in several sectors, with unique 10-digit NEQs and their MRC in their region', async () => {
  const spread = await one<
    Counts<'regions' | 'sectors' | 'bad_neqs' | 'duplicate_neqs' | 'foreign_mrcs' | 'same_names'>
  >(sql`select
    (select count(distinct region_code) from employers.enterprises)::int as regions,
    (select count(distinct scian_code) from employers.enterprises)::int as sectors,
    (select count(*) from employers.enterprises where neq !~ '^[0-9]{10}$')::int as bad_neqs,
    (select count(neq) - count(distinct neq) from employers.enterprises)::int as duplicate_neqs,
    (select count(*) from employers.enterprises e join territory.mrcs m on m.code = e.mrc_code
      where m.region_code <> e.region_code)::int as foreign_mrcs,
    (select count(*) from employers.enterprises e where (select count(*) from employers.enterprises o
      where o.city_folded = e.city_folded and o.name_folded = e.name_folded) > 1)::int as same_names`)
  assert.deepEqual(spread, {
    regions: 17,
    sectors: spread.sectors,
    bad_neqs: 0,
    duplicate_neqs: 0,
    foreign_mrcs: 0,
    same_names: 0,
  })
  assert.ok(spread.sectors >= 8, `sectors: ${spread.sectors}`)
})

test('services dated 2019 on with follow-ups after them; needs in their enterprise’s place, of every status', async () => {
  const broken = await one<Counts<'services' | 'places' | 'statuses' | 'kinds' | 'open'>>(sql`select
    (select count(*) from employers.advisor_services where served_on < '2019-01-07' or served_on > '2026-10-30'
      or follow_up_on < served_on)::int as services,
    (select count(*) from employers.labour_needs n join employers.enterprises e on e.id = n.enterprise_id
      where n.region_code <> e.region_code or n.city <> e.city or n.mrc_code is distinct from e.mrc_code)::int as places,
    (select count(distinct status) from employers.labour_needs)::int as statuses,
    (select count(distinct kind) from employers.advisor_services)::int as kinds,
    (select count(*) from employers.labour_needs where status = 'open')::int as open`)
  assert.equal(broken.services, 0)
  assert.equal(broken.places, 0)
  assert.equal(broken.statuses, 4)
  assert.equal(broken.kinds, 7)
  assert.ok(broken.open > 20, `open needs: ${broken.open}`)
})

test('candidate profiles: the person’s region and MRC, derived broad categories, mobility to other regions', async () => {
  const broken = await one<Counts<'places' | 'broad' | 'self_mobility' | 'mobile' | 'consenting'>>(sql`select
    (select count(*) from employers.candidate_profiles c join people.persons p on p.id = c.person_id
      where p.region_code <> c.current_region_code or p.mrc_code is distinct from c.current_mrc_code)::int as places,
    (select count(*) from employers.candidate_profiles c where target_broad_categories is distinct from
      (select array_agg(distinct left(t, 1) order by left(t, 1)) from unnest(c.target_cnp_codes) t))::int as broad,
    (select count(*) from employers.candidate_profiles
      where current_region_code = any(mobility_region_codes))::int as self_mobility,
    (select count(*) from employers.candidate_profiles where cardinality(mobility_region_codes) > 0)::int as mobile,
    (select count(*) from employers.candidate_profiles c where exists (select 1 from people.consents k
      where k.person_id = c.person_id and k.purpose = 'job_matching' and k.withdrawn_at is null
      and (k.expires_on is null or k.expires_on >= '2026-10-30')))::int as consenting`)
  assert.equal(broken.places, 0)
  assert.equal(broken.broad, 0)
  assert.equal(broken.self_mobility, 0)
  assert.ok(broken.mobile > 300 && broken.mobile < 800, `mobile candidates: ${broken.mobile}`)
  assert.ok(broken.consenting > 1_300, `consenting: ${broken.consenting}`)
})

test('open needs find candidates: most open needs share a unit group with some candidate', async () => {
  const { matched, open } = await one<{ matched: number; open: number }>(sql`select count(*)::int as open,
    count(*) filter (where exists (select 1 from employers.candidate_profiles c
      where n.cnp_code = any(c.target_cnp_codes)))::int as matched
    from employers.labour_needs n where n.status = 'open'`)
  assert.ok(matched / open > 0.8, `${matched} of ${open} open needs have a candidate of their unit group`)
})

test('the same seed generates the same candidate again, another seed another one', async () => {
  const world = (seed: number) => ({ ...summaryWorld, seed, people: { ...summaryWorld.people, seed } })
  const summaryWorld = await createEmployersWorld(database.db, {
    seed: 42,
    sizes: sizes.small,
    regions: [{ code: '11', cities: ['Gaspé'], fsa: 'G4X', mrcCodes: ['03'], points: [], organizationIds: [] }],
    regionWeights: [[0, 1]],
    needs: [],
    referralConsentTextId: null,
    referralExpiryWorkingDays: 10,
    numberBase: 1,
  })
  assert.deepEqual(candidateRow(world(7), 12), candidateRow(world(7), 12))
  assert.notDeepEqual(candidateRow(world(7), 12), candidateRow(world(8), 12))
})
