import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../test/db.js'
import {
  countEnterprisesAccompanied,
  countMobilityFlows,
  countPlacements,
  listEnterprisesAccompanied,
} from '../modules/employers/index.js'
import { queryRows } from '../platform/db/database.js'
import { resolveScope } from '../server/scope-resolver.js'
import { DEMO_ENTERPRISES_ACCOMPANIED, DEMO_HIRES, DEMO_INTERREGIONAL_HIRES } from './demo-employers.js'
import { DEMO_PERIOD } from './demo-people.js'
import { loadDemo } from './demo.js'

const database = await createTestDatabase()
const db = database.db
await loadDemo({ db, now: () => new Date(), resolveScope })
const { from, to } = DEMO_PERIOD

test('the demo region has exactly 19 enterprises accompanied in the Bilan period, and others only outside it', async () => {
  assert.equal(DEMO_ENTERPRISES_ACCOMPANIED, 19)
  assert.equal(await countEnterprisesAccompanied(db, ['11'], from, to), 19)
  // Its first and last days each hold one enterprise's only service of the period.
  assert.equal(await countEnterprisesAccompanied(db, ['11'], '2019-08-02', to), 18)
  assert.equal(await countEnterprisesAccompanied(db, ['11'], from, '2021-06-29'), 18)
  assert.equal(await countEnterprisesAccompanied(db, ['11'], '2019-01-01', '2019-07-31'), 2)
  const everyone = await listEnterprisesAccompanied(db, { regionCodes: ['11'], from: '1900-01-01', to: '2199-12-31' })
  assert.equal(everyone.length, 23)
  assert.equal(await countEnterprisesAccompanied(db, ['01'], from, to), 0)
})

test('the enterprises are in the region’s sectors and in municipalities of its six MRCs', async () => {
  const rows = await queryRows<{ sector: string; mrc: string }>(
    db,
    sql`select distinct scian_code as sector, mrc_code as mrc from employers.enterprises where region_code = '11'`,
  )
  assert.deepEqual([...new Set(rows.map((r) => r.sector))].sort(), ['11', '22', '23', '31-33', '62', '72'])
  assert.deepEqual([...new Set(rows.map((r) => r.mrc))].sort(), ['01', '02', '03', '04', '05', '06'])
})

test('labour needs, candidates of the region and from Montréal, proposals and hires (some interregional)', async () => {
  const [counts] = await queryRows<{ needs: number; profiles: number; mobile: number; proposals: number }>(
    db,
    sql`select (select count(*)::int from employers.labour_needs) as needs,
               (select count(*)::int from employers.candidate_profiles) as profiles,
               (select count(*)::int from employers.candidate_profiles
                 where current_region_code = '06' and '11' = any(mobility_region_codes)) as mobile,
               (select count(*)::int from employers.proposals) as proposals`,
  )
  assert.ok(counts!.needs >= 15, `needs: ${counts!.needs}`)
  assert.equal(counts!.profiles, 11)
  assert.equal(counts!.mobile, 4)
  assert.equal(counts!.proposals, 8)
  assert.equal(await countPlacements(db, { regionCodes: ['11'], from, to }), DEMO_HIRES)
  const flows = await countMobilityFlows(db, { regionCodes: ['11'], from, to })
  assert.deepEqual(
    flows.map((f) => [f.originRegionCode, f.regionCode, f.count]),
    [['06', '11', DEMO_INTERREGIONAL_HIRES]],
  )
})

test('the advisor’s queue holds the two recent follow-ups only: the older ones were made on their day', async () => {
  const rows = await queryRows<{ open: number; done: number }>(
    db,
    sql`select count(*) filter (where follow_up_done_at is null)::int as open,
      count(*) filter (where follow_up_done_at is not null)::int as done
      from employers.advisor_services where follow_up_on is not null`,
  )
  assert.equal(rows[0]!.open, 2)
  assert.ok(rows[0]!.done > 0)
})
