import { type SQL, sql } from 'drizzle-orm'
import { candidateProfiles as p } from '../candidates/candidate.schema.js'
import { labourNeeds as n } from '../needs/labour-need.schema.js'
import { MAX } from './score.js'

// The score of `score.ts`, in SQL, over a query that joins `employers.candidate_profiles` and `employers.labour_needs`
// (one row of either side): matching ranks in the database and explains only the rows it keeps. Both directions
// (need → candidates, candidate → needs) use these same expressions; a test compares them with `scoreMatch` on a
// varied table of profiles. CNP 2021 codes carry their hierarchy in their digits (broad category = 1st digit,
// sub-major group = 3 first, minor group = 4 first, TEER = 2nd digit), so no join to the CNP tables is needed.

/** A profile may list 1 to 5 target codes (`candidate_profiles_targets_check`). */
const TARGET_SLOTS = [1, 2, 3, 4, 5] as const

function occupationOfSlot(i: number): SQL {
  const t = sql`${p.targetCnpCodes}[${sql.raw(String(i))}]`
  const code = sql`${n.cnpCode}`
  const level = sql`case when left(${t}, 4) = left(${code}, 4) then 30 when left(${t}, 3) = left(${code}, 3) then 20
    when left(${t}, 1) = left(${code}, 1) then 10 else 0 end`
  // TEER compatibility: a target asking less training (a higher TEER) than the position's is worth half (floored).
  const divisor = sql`case when substr(${t}, 2, 1) > substr(${code}, 2, 1) then 2 else 1 end`
  return sql`case when ${t} = ${code} then ${sql.raw(String(MAX.occupation))} else (${level}) / ${divisor} end`
}

/** Occupation points: the best of the profile's target codes (0 for an empty slot). */
export const occupationPointsSql: SQL<number> = sql<number>`greatest(${sql.join(
  TARGET_SLOTS.map(occupationOfSlot),
  sql`, `,
)})`

/** French points: full at or above the requirement, 5 off per missing level, nothing when not declared. */
export const frenchPointsSql: SQL<number> = sql<number>`case when ${n.frenchLevel} is null then 20
  when ${p.frenchLevel} is null then 0 when ${p.frenchLevel} >= ${n.frenchLevel} then 20
  else greatest(0, 20 - 5 * (${n.frenchLevel} - ${p.frenchLevel})) end`

/** Experience points: full at or above the requirement, else in proportion (rounded half up, as `Math.round`). */
export const experiencePointsSql: SQL<number> = sql<number>`case
  when coalesce(${n.experienceYears}, 0) = 0 then 15 when ${p.experienceYears} is null then 0
  when ${p.experienceYears} >= ${n.experienceYears} then 15
  else round(15 * ${p.experienceYears}::numeric / ${n.experienceYears})::int end`

/** Credential points: full when nothing is required, else by the recognition's status. */
export const credentialPointsSql: SQL<number> = sql<number>`case
  when not ${n.regulatedProfession} and coalesce(${n.credentialRequired}, '') = '' then 10
  when ${p.credentialStatus} in ('recognized', 'not_needed') then 10
  when ${p.credentialStatus} = 'in_progress' then 5 else 0 end`

/** Location points: same MRC 15, same region 10, willing to move to the need's region 7, else 0. */
export const locationPointsSql: SQL<number> = sql<number>`case
  when ${p.currentRegionCode} = ${n.regionCode} and ${p.currentMrcCode} = ${n.mrcCode} then 15
  when ${p.currentRegionCode} = ${n.regionCode} then 10
  when ${n.regionCode} = any(${p.mobilityRegionCodes}) then 7 else 0 end`

/** The whole score, 0–100. */
export const scoreSql: SQL<number> = sql<number>`(${occupationPointsSql} + ${frenchPointsSql} + ${experiencePointsSql}
  + ${credentialPointsSql} + ${locationPointsSql})`

/** The need's broad category among the profile's (the GIN index on `target_broad_categories` answers it). */
export function sharesBroadCategorySql(broadCategory: string): SQL {
  return sql`${p.targetBroadCategories} && array[${broadCategory}]::text[]`
}
