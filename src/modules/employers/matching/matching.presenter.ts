import type { Localized } from '../../../platform/errors.js'
import type { CandidateMatchOutput, NeedMatchOutput } from './matching.contracts.js'
import type { MatchNeedRow, MatchProfileRow, RankedNeedRow, RankedProfileRow } from './matching.queries.js'
import { compareRank, type NeedFacts, type ProfileFacts, type RegionLabel, scoreMatch } from './score.js'

/** Regions by code, as the reasons and the lists name them. */
export type RegionNames = ReadonlyMap<string, RegionLabel>

function regionName(names: RegionNames, code: string): Localized {
  const name = names.get(code)
  return name ? { fr: name.nameFr, en: name.nameEn } : { fr: code, en: code }
}

function needFacts(need: MatchNeedRow, names: RegionNames): NeedFacts {
  return {
    ...need,
    region: names.get(need.regionCode) ?? {
      nameFr: need.regionCode,
      nameEn: need.regionCode,
      locativeFr: need.regionCode,
    },
  }
}

function profileFacts(profile: MatchProfileRow): ProfileFacts {
  return profile
}

/**
 * The ranked candidates explained by `score.ts`, in the ranking order (the SQL ranked them with the same numbers;
 * sorting again only makes the order independent of how the database returned the rows).
 */
export function presentCandidateMatches(
  need: MatchNeedRow,
  rows: readonly RankedProfileRow[],
  names: RegionNames,
): CandidateMatchOutput[] {
  const facts = needFacts(need, names)
  const items = rows.flatMap((row) => {
    const match = scoreMatch(facts, profileFacts(row))
    if (!match) return []
    const key = { score: match.score, location: match.criteria[4]!.points, availableOn: row.availableOn, id: row.id }
    return [{ key, row, match }]
  })
  items.sort((a, b) => compareRank(a.key, b.key))
  return items.map(({ row, match }) => ({
    profileId: row.id,
    personId: row.personId,
    displayName: row.displayName,
    currentRegionCode: row.currentRegionCode,
    regionName: regionName(names, row.currentRegionCode),
    availableOn: row.availableOn,
    score: match.score,
    criteria: match.criteria,
    proposalStatus: (row.proposalStatus as CandidateMatchOutput['proposalStatus']) ?? null,
  }))
}

/** The ranked needs of a candidate explained by `score.ts`, in the ranking order (ties: earliest start first). */
export function presentNeedMatches(
  profile: MatchProfileRow,
  rows: readonly RankedNeedRow[],
  names: RegionNames,
): NeedMatchOutput[] {
  const items = rows.flatMap((row) => {
    const match = scoreMatch(needFacts(row, names), profileFacts(profile))
    if (!match) return []
    const key = { score: match.score, location: match.criteria[4]!.points, availableOn: row.startOn, id: row.id }
    return [{ key, row, match }]
  })
  items.sort((a, b) => compareRank(a.key, b.key))
  return items.map(({ row, match }) => ({
    labourNeedId: row.id,
    title: row.title,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    cnpCode: row.cnpCode,
    regionCode: row.regionCode,
    regionName: regionName(names, row.regionCode),
    city: row.city,
    startOn: row.startOn,
    status: row.status,
    score: match.score,
    criteria: match.criteria,
  }))
}
