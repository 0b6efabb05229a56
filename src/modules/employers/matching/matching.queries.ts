import { and, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { personNameSql } from '../../people/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { inRegions } from '../regions.sql.js'
import { jobMatchingConsentSql, matchableForRegionSql, visibleProfileSql } from '../candidates/candidate.access.js'
import { candidateProfiles as p } from '../candidates/candidate.schema.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { labourNeeds as n } from '../needs/labour-need.schema.js'
import { cnpUnitGroups } from '../occupations/occupation.schema.js'
import { proposals } from '../proposals/proposal.schema.js'
import type { CredentialStatus } from './score.js'
import {
  indexableMatchableSql,
  locationPointsSql,
  type NeedValues,
  needColumnOperands,
  needValueOperands,
  scoreSql,
  sharesBroadCategorySql,
} from './matching.sql.js'

/** A labour need as matching reads and shows it. */
export type MatchNeedRow = {
  id: string
  enterpriseId: string
  enterpriseName: string
  title: string
  cnpCode: string
  cnpTitleFr: string | null
  cnpTitleEn: string
  positions: number
  frenchLevel: number | null
  experienceYears: number | null
  regulatedProfession: boolean
  credentialRequired: string | null
  regionCode: string
  mrcCode: string | null
  city: string | null
  startOn: string | null
  status: string
}

const needColumns = {
  id: n.id,
  enterpriseId: n.enterpriseId,
  enterpriseName: enterprises.legalName,
  title: n.title,
  cnpCode: n.cnpCode,
  cnpTitleFr: cnpUnitGroups.titleFr,
  cnpTitleEn: cnpUnitGroups.titleEn,
  positions: n.positions,
  frenchLevel: n.frenchLevel,
  experienceYears: n.experienceYears,
  regulatedProfession: n.regulatedProfession,
  credentialRequired: n.credentialRequired,
  regionCode: n.regionCode,
  mrcCode: n.mrcCode,
  city: n.city,
  startOn: n.startOn,
  status: n.status,
}

/** A labour need by id with its enterprise's name and its CNP titles (scope is the service's check). */
export async function findNeedForMatching(db: Db, id: string): Promise<MatchNeedRow | undefined> {
  const [row] = await db
    .select(needColumns)
    .from(n)
    .innerJoin(enterprises, eq(enterprises.id, n.enterpriseId))
    .innerJoin(cnpUnitGroups, eq(cnpUnitGroups.code, n.cnpCode))
    .where(eq(n.id, id))
  return row
}

/** A candidate profile as matching reads and shows it. */
export type MatchProfileRow = {
  id: string
  personId: string
  displayName: string
  targetCnpCodes: string[]
  frenchLevel: number | null
  experienceYears: number | null
  credentialStatus: CredentialStatus | null
  currentRegionCode: string
  currentMrcCode: string | null
  mobilityRegionCodes: string[]
  availableOn: string | null
}

const profileColumns = {
  id: p.id,
  personId: p.personId,
  displayName: personNameSql(sql`${p.personId}`),
  targetCnpCodes: p.targetCnpCodes,
  frenchLevel: p.frenchLevel,
  experienceYears: p.experienceYears,
  credentialStatus: p.credentialStatus,
  currentRegionCode: p.currentRegionCode,
  currentMrcCode: p.currentMrcCode,
  mobilityRegionCodes: p.mobilityRegionCodes,
  availableOn: p.availableOn,
}

/** An open profile the caller sees (scope or declared mobility) whose person consents to job matching today. */
export async function findVisibleProfile(
  db: Db,
  scope: Scope,
  id: string,
  today: string,
): Promise<MatchProfileRow | undefined> {
  const [row] = await db
    .select(profileColumns)
    .from(p)
    .where(and(eq(p.id, id), visibleProfileSql(scope), jobMatchingConsentSql(today)))
  return row
}

/**
 * The bare selection of the candidates a need may be matched with (no scoring, no order): open profiles whose person
 * consents to job matching today, of the caller's scope or willing to move to the need's region, sharing its broad
 * category. The benchmark compares `rankCandidates` with it.
 */
export function selectMatchableCandidatesSql(
  scope: Scope,
  need: Pick<NeedValues, 'cnpCode' | 'regionCode'>,
  today: string,
): SQL {
  return sql`select ${p.id} from ${p} where ${sharesBroadCategorySql(need.cnpCode.slice(0, 1))}
    and ${matchableForRegionSql(scope, need.regionCode)} and ${jobMatchingConsentSql(today)}`
}

/** A ranked candidate: the profile, its SQL score and location points, and its proposal's status for the need. */
export type RankedProfileRow = MatchProfileRow & { score: number; location: number; proposalStatus: string | null }

/**
 * The top candidates for a need, ranked in SQL (score desc, location desc, availability asc nulls last, id). The
 * inner query scores and sorts every matchable profile (narrow rows: id and sort keys) without touching consents;
 * the outer one reads each profile and checks its person's consent in rank order (a lateral probe the planner cannot
 * hoist), so only about `limit` profiles and consents are read.
 */
export async function rankProfileRows(
  db: Db,
  scope: Scope,
  need: NeedValues & { id: string },
  today: string,
  limit: number,
): Promise<RankedProfileRow[]> {
  const o = needValueOperands(need)
  const ranked = sql`select ${p.id} as id, ${scoreSql(o)} as score, ${locationPointsSql(o)} as location,
      ${p.availableOn}::text as "availableOn"
    from ${p}
    where ${p.closedAt} is null and ${sharesBroadCategorySql(need.cnpCode.slice(0, 1))}
      and ${matchableForRegionSql(scope, need.regionCode)} and ${indexableMatchableSql(scope, need.regionCode)}
    order by score desc, location desc, ${p.availableOn} asc nulls last, ${p.id}
    offset 0`
  const profile = sql`select ${p.personId} as "personId", ${p.targetCnpCodes} as "targetCnpCodes",
      ${p.frenchLevel} as "frenchLevel", ${p.experienceYears} as "experienceYears",
      ${p.credentialStatus} as "credentialStatus", ${p.currentRegionCode} as "currentRegionCode",
      ${p.currentMrcCode} as "currentMrcCode", ${p.mobilityRegionCodes} as "mobilityRegionCodes"
    from ${p} where ${p.id} = r.id and ${jobMatchingConsentSql(today)} offset 0`
  const proposalStatus = sql`(select ${proposals.status} from ${proposals}
    where ${proposals.labourNeedId} = ${need.id} and ${proposals.profileId} = r.id)`
  return queryRows<RankedProfileRow>(
    db,
    sql`select r.*, c.*, ${personNameSql(sql`c."personId"`)} as "displayName", ${proposalStatus} as "proposalStatus"
      from (${ranked}) r cross join lateral (${profile}) c limit ${limit}`,
  )
}

/** A ranked need for a candidate: the need, its SQL score and location points. */
export type RankedNeedRow = MatchNeedRow & { score: number; location: number }

/** The open or partially filled needs of the caller's scope sharing the profile's broad categories, ranked in SQL. */
export async function rankNeedRows(db: Db, scope: Scope, profileId: string, limit: number): Promise<RankedNeedRow[]> {
  const rows = await db
    .select({ ...needColumns, score: scoreSql(needColumnOperands), location: locationPointsSql(needColumnOperands) })
    .from(n)
    .innerJoin(p, eq(p.id, profileId))
    .innerJoin(enterprises, eq(enterprises.id, n.enterpriseId))
    .innerJoin(cnpUnitGroups, eq(cnpUnitGroups.code, n.cnpCode))
    .where(
      and(
        inArray(n.status, ['open', 'partially_filled']),
        inRegions(n.regionCode, scope.regionCodes),
        sql`left(${n.cnpCode}, 1) = any(${p.targetBroadCategories})`,
      ),
    )
    .orderBy(
      sql`${scoreSql(needColumnOperands)} desc`,
      sql`${locationPointsSql(needColumnOperands)} desc`,
      sql`${n.startOn} asc nulls last`,
      n.id,
    )
    .limit(limit)
  return rows.map((r) => ({ ...r, score: Number(r.score), location: Number(r.location) }))
}
