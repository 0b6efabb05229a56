import { type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { hasActiveConsentSql } from '../../people/index.js'
import { candidateProfiles } from './candidate.schema.js'

// Who sees a candidate profile, decided once here; features ask, they never recompute it. A profile is seen only while
// the person's `job_matching` consent counts (checked at each read, so a withdrawal hides it at once), and only by
// staff whose scope covers the person's current region, or a region the person declared they would move to
// (interregional mobility: another region's candidates appear only through their declared mobility).

/** A profile as the access rules read it. */
export type ProfileLocation = { currentRegionCode: string; mobilityRegionCodes: readonly string[] }

/** Whether the caller's scope reaches a profile (its consent is checked apart, by `jobMatchingConsentSql`). */
export function canSeeProfile(scope: Scope, profile: ProfileLocation): boolean {
  return scope.coversRegion(profile.currentRegionCode) || profile.mobilityRegionCodes.some((r) => scope.coversRegion(r))
}

function regionList(codes: readonly string[]): SQL {
  return sql`array[${sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`
}

/** SQL condition on `employers.candidate_profiles`: the profiles the caller's scope reaches (see `canSeeProfile`). */
export function visibleProfileSql(scope: Scope): SQL {
  if (scope.regionCodes === 'all') return sql`true`
  if (scope.regionCodes.length === 0) return sql`false`
  const codes = regionList(scope.regionCodes)
  return sql`(${candidateProfiles.currentRegionCode} = any(${codes}) or ${candidateProfiles.mobilityRegionCodes} && ${codes})`
}

/**
 * SQL condition on `employers.candidate_profiles`: the candidates that may be ranked for a position in `regionCode`:
 * those of the caller's scope, and those of any region who said they would move to `regionCode`.
 */
export function matchableForRegionSql(scope: Scope, regionCode: string): SQL {
  const mobile = sql`${regionCode} = any(${candidateProfiles.mobilityRegionCodes})`
  if (scope.regionCodes === 'all') return sql`true`
  if (scope.regionCodes.length === 0) return sql`false`
  return sql`(${candidateProfiles.currentRegionCode} = any(${regionList(scope.regionCodes)}) or ${mobile})`
}

/**
 * SQL condition on `employers.candidate_profiles`: the person's consent to job matching counts today, whether the
 * profile is open or closed (the profile's own page and the list show a closed profile, so that it can be reopened).
 */
export function profileConsentSql(today: string): SQL {
  return personJobMatchingConsentSql(sql`${candidateProfiles.personId}`, today)
}

/** SQL condition: the person whose id is `personId` (a value or a column) consents to job matching on `today`. */
export function personJobMatchingConsentSql(personId: SQL, today: string): SQL {
  return hasActiveConsentSql(personId, 'job_matching', today)
}

/** SQL condition on `employers.candidate_profiles`: the person's consent to job matching counts today, profile open. */
export function jobMatchingConsentSql(today: string): SQL {
  return sql`(${candidateProfiles.closedAt} is null and ${profileConsentSql(today)})`
}
