import { type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { candidateProfiles as p } from '../candidates/candidate.schema.js'
import { labourNeeds as n } from '../needs/labour-need.schema.js'
import { MAX } from './score.js'

// The score of `score.ts`, in SQL, over `employers.candidate_profiles` (columns) and a labour need (its columns when
// the query joins `employers.labour_needs`, or its values when one need is ranked against many profiles): matching
// ranks in the database and explains only the rows it keeps. A test compares both with `scoreMatch` on a varied table.
// CNP 2021 codes carry their hierarchy in their digits (broad category = 1st digit, sub-major group = 3 first, minor
// group = 4 first, TEER = 2nd digit), so no join to the CNP tables is needed. Two codes sharing 3 digits or more share
// their TEER: only a broad-category match can be halved (10 → 5), which the SQL writes directly.

/** What the score reads of a need, as SQL operands. */
export type NeedOperands = {
  code: SQL
  minor: SQL
  subMajor: SQL
  broad: SQL
  teer: SQL
  frenchLevel: SQL
  experienceYears: SQL
  credentialRequired: SQL
  regionCode: SQL
  mrcCode: SQL
}

/** The need's columns, for a query that joins `employers.labour_needs` (a candidate's ranked needs). */
export const needColumnOperands: NeedOperands = {
  code: sql`${n.cnpCode}`,
  minor: sql`left(${n.cnpCode}, 4)`,
  subMajor: sql`left(${n.cnpCode}, 3)`,
  broad: sql`left(${n.cnpCode}, 1)`,
  teer: sql`substr(${n.cnpCode}, 2, 1)`,
  frenchLevel: sql`${n.frenchLevel}`,
  experienceYears: sql`${n.experienceYears}`,
  credentialRequired: sql`(${n.regulatedProfession} or coalesce(${n.credentialRequired}, '') <> '')`,
  regionCode: sql`${n.regionCode}`,
  mrcCode: sql`${n.mrcCode}`,
}

/** What a need's values are, for ranking many profiles against one need. */
export type NeedValues = {
  cnpCode: string
  frenchLevel: number | null
  experienceYears: number | null
  regulatedProfession: boolean
  credentialRequired: string | null
  regionCode: string
  mrcCode: string | null
}

/** One need's values as parameters: computed once, not per profile. */
export function needValueOperands(need: NeedValues): NeedOperands {
  const code = need.cnpCode
  return {
    code: sql`${code}::text`,
    minor: sql`${code.slice(0, 4)}::text`,
    subMajor: sql`${code.slice(0, 3)}::text`,
    broad: sql`${code.slice(0, 1)}::text`,
    teer: sql`${code.slice(1, 2)}::text`,
    frenchLevel: sql`${need.frenchLevel}::int`,
    experienceYears: sql`${need.experienceYears}::int`,
    credentialRequired: sql.raw(need.regulatedProfession || need.credentialRequired ? 'true' : 'false'),
    regionCode: sql`${need.regionCode}::text`,
    mrcCode: sql`${need.mrcCode}::text`,
  }
}

/** A profile may list 1 to 5 target codes (`candidate_profiles_targets_check`). */
const TARGET_SLOTS = [1, 2, 3, 4, 5] as const

function occupationOfSlot(o: NeedOperands, i: number): SQL {
  const t = sql`${p.targetCnpCodes}[${sql.raw(String(i))}]`
  // TEER compatibility: a target asking less training (a higher TEER digit) than the position's is worth half.
  return sql`case when ${t} is null then 0 when ${t} = ${o.code} then ${sql.raw(String(MAX.occupation))}
    when left(${t}, 4) = ${o.minor} then 30 when left(${t}, 3) = ${o.subMajor} then 20
    when left(${t}, 1) = ${o.broad} then case when substr(${t}, 2, 1) collate "C" > ${o.teer} then 5 else 10 end
    else 0 end`
}

/** Occupation points: the best of the profile's target codes. */
export function occupationPointsSql(o: NeedOperands): SQL<number> {
  return sql<number>`greatest(${sql.join(
    TARGET_SLOTS.map((i) => occupationOfSlot(o, i)),
    sql`, `,
  )})`
}

/** French points: full at or above the requirement, 5 off per missing level, nothing when not declared. */
function frenchPointsSql(o: NeedOperands): SQL<number> {
  return sql<number>`case when ${o.frenchLevel} is null then 20
    when ${p.frenchLevel} is null then 0 when ${p.frenchLevel} >= ${o.frenchLevel} then 20
    else greatest(0, 20 - 5 * (${o.frenchLevel} - ${p.frenchLevel})) end`
}

/** Experience points: full at or above the requirement, else in proportion (rounded half up, as `Math.round`). */
function experiencePointsSql(o: NeedOperands): SQL<number> {
  return sql<number>`case when coalesce(${o.experienceYears}, 0) = 0 then 15 when ${p.experienceYears} is null then 0
    when ${p.experienceYears} >= ${o.experienceYears} then 15
    else round(15 * ${p.experienceYears}::numeric / ${o.experienceYears})::int end`
}

/** Credential points: full when nothing is required, else by the recognition's status. */
function credentialPointsSql(o: NeedOperands): SQL<number> {
  return sql<number>`case when not ${o.credentialRequired} then 10
    when ${p.credentialStatus} in ('recognized', 'not_needed') then 10
    when ${p.credentialStatus} = 'in_progress' then 5 else 0 end`
}

/** Location points: same MRC 15, same region 10, willing to move to the need's region 7, else 0. */
export function locationPointsSql(o: NeedOperands): SQL<number> {
  return sql<number>`case when ${p.currentRegionCode} = ${o.regionCode} and ${p.currentMrcCode} = ${o.mrcCode} then 15
    when ${p.currentRegionCode} = ${o.regionCode} then 10
    when ${o.regionCode} = any(${p.mobilityRegionCodes}) then 7 else 0 end`
}

/** The whole score, 0–100. */
export function scoreSql(o: NeedOperands): SQL<number> {
  return sql<number>`(${occupationPointsSql(o)} + ${frenchPointsSql(o)} + ${experiencePointsSql(o)}
    + ${credentialPointsSql(o)} + ${locationPointsSql(o)})`
}

/** The need's broad category among the profile's (the GIN index on `target_broad_categories` answers it). */
export function sharesBroadCategorySql(broadCategory: string): SQL {
  return sql`${p.targetBroadCategories} && array[${broadCategory}]::text[]`
}

/**
 * The same rows as `matchableForRegionSql` (candidate.access.ts, which stays the rule), written so that PostgreSQL can
 * combine the region index and the mobility GIN index with the broad-category one (a bitmap AND / OR) instead of
 * reading every profile of the broad category: `= any(mobility)` cannot use an index, `mobility @> array[…]` can.
 */
export function indexableMatchableSql(scope: Scope, regionCode: string): SQL {
  if (scope.regionCodes === 'all') return sql`true`
  if (scope.regionCodes.length === 0) return sql`false`
  const codes = sql`array[${sql.join(
    scope.regionCodes.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`
  return sql`(${p.currentRegionCode} = any(${codes}) or ${p.mobilityRegionCodes} @> array[${regionCode}]::text[])`
}
