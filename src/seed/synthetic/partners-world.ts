import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../platform/db/database.js'
import { dayOf, LAST_DAY } from './dates.js'
import type { World } from './world.js'

/** An MRC (or equivalent territory) of a region: where organizations serve and actions take place. */
export type Mrc = { code: string; name: string; isMrc: boolean }

/** A program's volet as the catalogue holds it, its validity as day numbers (`validTo` null: still open). */
export type Volet = { id: string; programCode: string; code: string; validFrom: number; validTo: number | null }

/** What the partners generators need beyond the people world: the catalogues, the MRCs' names, the names taken. */
export type PartnersWorld = {
  seed: number
  /** The day the generated partners' activity is seen from: statuses, payments and reports are as of this day. */
  today: number
  regions: { code: string; cities: readonly string[]; fsa: string; mrcs: Mrc[] }[]
  /** How many directory organizations each region gets (same order as `regions`), in proportion to its persons. */
  organizationCounts: number[]
  volets: Volet[]
  /** The action kinds in force, each from the day it entered the catalogue (an action starts on or after it). */
  actionKinds: { code: string; validFrom: number }[]
  /** Organization names already in the database, as `<region>|<lower-case name>` (the unique key). */
  takenNames: Set<string>
  sizes: { organizations: number; agreements: number; actions: number }
}

/**
 * Splits `total` over the weights by largest remainder, at least `floor` each (every region has some partners):
 * the sum is exact and the order of regions decides ties, so the split is the same on every run.
 */
export function proportionalCounts(weights: readonly number[], total: number, floor: number): number[] {
  const rest = total - floor * weights.length
  if (rest < 0) throw new Error(`Too few records (${total}) for ${weights.length} parts of at least ${floor}.`)
  const sum = weights.reduce((s, w) => s + w, 0)
  const exact = weights.map((w) => (w / sum) * rest)
  const counts = exact.map((x) => Math.floor(x))
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  let missing = rest - counts.reduce((s, n) => s + n, 0)
  for (const [, i] of order) {
    if (missing-- <= 0) break
    counts[i]!++
  }
  return counts.map((n) => n + floor)
}

/** Reads the catalogues and names the partners generators draw from. */
export async function createPartnersWorld(db: Db, world: World): Promise<PartnersWorld> {
  const mrcRows = await queryRows<{ code: string; name: string; region_code: string; type: string }>(
    db,
    sql`select code, name, region_code, type from territory.mrcs order by code`,
  )
  const voletRows = await queryRows<{
    id: string
    program_code: string
    code: string
    valid_from: string
    valid_to: string | null
  }>(
    db,
    sql`select v.id, v.program_code, v.code, greatest(v.valid_from, p.valid_from)::text as valid_from,
      least(v.valid_to, p.valid_to)::text as valid_to
      from partners.program_volets v join partners.programs p on p.code = v.program_code
      order by p.sort_order, v.sort_order, v.code`,
  )
  const kindRows = await queryRows<{ code: string; valid_from: string }>(
    db,
    sql`select code, valid_from::text from partners.action_kinds where valid_to is null order by sort_order, code`,
  )
  const names = await queryRows<{ key: string }>(
    db,
    sql`select region_code || '|' || lower(name) as key from partners.organizations`,
  )
  return {
    seed: world.seed,
    today: LAST_DAY,
    regions: world.regions.map((r) => ({
      code: r.code,
      cities: r.cities,
      fsa: r.fsa,
      mrcs: mrcRows
        .filter((m) => m.region_code === r.code)
        .map((m) => ({ code: m.code, name: m.name, isMrc: m.type === 'MRC' })),
    })),
    organizationCounts: proportionalCounts(
      world.regionWeights.map(([, w]) => w),
      world.sizes.organizations,
      Math.min(3, Math.floor(world.sizes.organizations / world.regions.length)),
    ),
    volets: voletRows.map((v) => ({
      id: v.id,
      programCode: v.program_code,
      code: v.code,
      validFrom: dayOf(v.valid_from),
      validTo: v.valid_to === null ? null : dayOf(v.valid_to),
    })),
    actionKinds: kindRows.map((k) => ({ code: k.code, validFrom: dayOf(k.valid_from) })),
    takenNames: new Set(names.map((n) => n.key)),
    sizes: world.sizes,
  }
}
