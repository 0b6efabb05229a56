import { sql } from 'drizzle-orm'
import { fiscalYearsOf } from '../../modules/partners/index.js'
import { type TargetIndicator, targetIndicators } from '../../modules/reports/index.js'
import type { CopyValue, Step } from './copy.js'
import { FIRST_DAY, isoOf, LAST_DAY, localTimestamp, dayOf } from './dates.js'
import { type Db, queryRows } from '../../platform/db/database.js'
import type { World } from './world.js'

// The regional action plans' targets: every region, every fiscal year the generated activity touches (2018-2019 to
// 2026-2027), the four indicators. Counts follow the region's weight in the generated population; shares are
// percentages (basis points) around what a directorate aims at, varied by region and year, deterministic by seed.

export const targetColumns = ['region_code', 'fiscal_year', 'indicator', 'target', 'updated_at'] as const

/** The fiscal years of the generated activity. */
export function syntheticFiscalYears(): number[] {
  return fiscalYearsOf(isoOf(FIRST_DAY), isoOf(LAST_DAY))
}

/** 0 to 10, the same for the same seed, region and year. */
function spread(seed: number, code: string, year: number, salt: number): number {
  return Math.abs((seed * 31 + Number(code) * 17 + year * 13 + salt * 7) % 11)
}

/** A region's target for an indicator and year: a count, or basis points. */
export function targetValue(world: World, region: number, year: number, indicator: TargetIndicator): number {
  const total = world.regionWeights.reduce((sum, [, w]) => sum + w, 0)
  const share = (world.regionWeights[region]?.[1] ?? 1) / total
  const years = syntheticFiscalYears().length
  const code = world.regions[region]!.code
  switch (indicator) {
    case 'persons_accompanied':
      return Math.max(5, Math.round((world.sizes.persons * share * 1.5) / years))
    case 'enterprises_accompanied':
      return Math.max(2, Math.round((world.sizes.enterprises * share * 1.5) / years))
    case 'first_meeting_within_5_days':
      return 8000 + spread(world.seed, code, year, 1) * 100
    case 'referrals_closed_with_outcome':
      return 7000 + spread(world.seed, code, year, 2) * 100
  }
}

/** One region's rows: four per fiscal year, set on the year's first day at 9 a.m.; `skip` holds "code:year" pairs. */
export function targetRows(world: World, region: number, skip: ReadonlySet<string> = new Set()): CopyValue[][] {
  const code = world.regions[region]!.code
  const years = syntheticFiscalYears().filter((year) => !skip.has(`${code}:${year}`))
  return years.flatMap((year) =>
    targetIndicators.map((indicator) => [
      code,
      year,
      indicator,
      targetValue(world, region, year, indicator),
      localTimestamp(dayOf(`${year}-04-01`), 9 * 60),
    ]),
  )
}

/** The bulk-load step of the targets, one unit per region; years a region already has targets for (the demo's) are
 * left as they are. */
export async function targetsSteps(db: Db, world: World): Promise<Step[]> {
  const taken = await queryRows<{ key: string }>(
    db,
    sql`select distinct region_code || ':' || fiscal_year as key from reports.targets`,
  )
  const skip = new Set(taken.map((t) => t.key))
  return [
    {
      label: 'targets',
      units: world.regions.length,
      tables: [{ name: 'reports.targets', columns: targetColumns }],
      rowsOf: (i) => [targetRows(world, i, skip)],
    },
  ]
}
