import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../platform/db/database.js'
import { type SectorProfile, sectorProfiles } from './employers-names.js'
import { proportionalCounts } from './partners-world.js'
import type { World } from './world.js'

/** A CNP 2021 unit group as the generators draw it: its code, its minor group and its French title. */
export type Occupation = { code: string; minorGroup: string; title: string }

/** What the employers generators need beyond the people world: the CNP and SCIAN catalogues, the consent text. */
export type EmployersWorld = {
  seed: number
  /** The people world: regions (cities, MRCs), persons. */
  people: World
  /** How many enterprises each region gets (same order as `people.regions`), in proportion to its persons. */
  enterpriseCounts: number[]
  /** The sectors whose SCIAN code the catalogue holds, each keeping only the occupations the catalogue holds. */
  sectors: SectorProfile[]
  occupations: Occupation[]
  occupationOf: Map<string, Occupation>
  /** Unit groups of each minor group (a candidate's second target is often a neighbour of the first). */
  byMinorGroup: Map<string, string[]>
  /** Occupations the regions' enterprises hire for most (a candidate's first target is often one of them). */
  popular: string[]
  jobMatchingTextId: string | null
  sizes: { enterprises: number; advisorServices: number; labourNeeds: number; candidates: number; persons: number }
}

/** Reads the CNP 2021 unit groups, the SCIAN sectors and the job-matching consent text the generators draw from. */
export async function createEmployersWorld(db: Db, world: World): Promise<EmployersWorld> {
  const cnpRows = await queryRows<{ code: string; minor_group: string; title_fr: string | null; title_en: string }>(
    db,
    sql`select code, minor_group, title_fr, title_en from employers.cnp_unit_groups order by code`,
  )
  const scianRows = await queryRows<{ code: string }>(db, sql`select code from employers.scian_sectors`)
  const texts = await queryRows<{ id: string }>(
    db,
    sql`select id from people.consent_texts where purpose = 'job_matching' order by version desc limit 1`,
  )
  const occupations = cnpRows.map((r) => ({ code: r.code, minorGroup: r.minor_group, title: r.title_fr ?? r.title_en }))
  const occupationOf = new Map(occupations.map((o) => [o.code, o]))
  const scian = new Set(scianRows.map((r) => r.code))
  const sectors = sectorProfiles
    .filter((s) => scian.has(s.code))
    .map((s) => ({ ...s, cnpCodes: s.cnpCodes.filter((c) => occupationOf.has(c)) }))
    .filter((s) => s.cnpCodes.length > 0)
  const byMinorGroup = new Map<string, string[]>()
  for (const o of occupations) byMinorGroup.set(o.minorGroup, [...(byMinorGroup.get(o.minorGroup) ?? []), o.code])
  const { sizes } = world
  return {
    seed: world.seed,
    people: world,
    enterpriseCounts: proportionalCounts(
      world.regionWeights.map(([, w]) => w),
      sizes.enterprises,
      Math.min(5, Math.floor(sizes.enterprises / world.regions.length)),
    ),
    sectors,
    occupations,
    occupationOf,
    byMinorGroup,
    popular: [...new Set(sectors.flatMap((s) => s.cnpCodes))],
    jobMatchingTextId: texts[0]?.id ?? null,
    sizes: {
      enterprises: sizes.enterprises,
      advisorServices: sizes.advisorServices,
      labourNeeds: sizes.labourNeeds,
      candidates: Math.min(sizes.candidates, sizes.persons),
      persons: sizes.persons,
    },
  }
}
