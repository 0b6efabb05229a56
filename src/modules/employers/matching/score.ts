import type { Localized } from '../../../platform/errors.js'
import type { CredentialStatus, RegionLabel } from './matching.types.js'
import { matchReason as r } from './matching.messages.js'

// The explainable match score (issue 8, item 5): 100 points in five criteria, each with its points and its reason.
// `matching.sql.ts` computes the same numbers in SQL to rank; this module explains the ranked rows. A candidate with
// no occupation points (not even the need's broad category) is not a match at all: `scoreMatch` returns null and the
// SQL leaves the profile out.

export type Criterion = 'occupation' | 'french' | 'experience' | 'credentials' | 'location'
export type { CredentialStatus, RegionLabel }

/** One criterion's share of the score: its points out of its maximum, met when full, and why. */
export type CriterionScore = { criterion: Criterion; points: number; max: number; met: boolean; reason: Localized }

export type Match = { score: number; criteria: CriterionScore[] }

/** What the score reads of a labour need; `region` names its region in the location's reason. */
export type NeedFacts = {
  cnpCode: string
  frenchLevel: number | null
  experienceYears: number | null
  regulatedProfession: boolean
  credentialRequired: string | null
  regionCode: string
  mrcCode: string | null
  region: RegionLabel
}

/** What the score reads of a candidate profile. */
export type ProfileFacts = {
  targetCnpCodes: readonly string[]
  frenchLevel: number | null
  experienceYears: number | null
  credentialStatus: CredentialStatus | null
  currentRegionCode: string
  currentMrcCode: string | null
  mobilityRegionCodes: readonly string[]
}

export const MAX = { occupation: 40, french: 20, experience: 15, credentials: 10, location: 15 } as const

/** A CNP 2021 code carries its hierarchy in its digits: broad category (1), sub-major (3), minor (4), TEER (2nd). */
export function teerOf(cnpCode: string): number {
  return Number(cnpCode[1])
}

/** The levels shared by a target code and the need's code, best first, with their points. */
const LEVELS = [
  { digits: 5, points: 40, reason: r.sameUnit },
  { digits: 4, points: 30, reason: r.sameMinor },
  { digits: 3, points: 20, reason: r.sameSubMajor },
  { digits: 1, points: 10, reason: r.sameBroad },
] as const

function occupationOf(target: string, needCode: string): CriterionScore {
  const level = LEVELS.find((l) => target.slice(0, l.digits) === needCode.slice(0, l.digits))
  const base = { criterion: 'occupation' as const, max: MAX.occupation }
  if (!level) return { ...base, points: 0, met: false, reason: r.otherOccupation(target) }
  const reason = level.reason(target, needCode.slice(0, level.digits))
  // TEER compatibility: an occupation asking less training than the position's is worth half.
  if (level.digits < 5 && teerOf(target) > teerOf(needCode)) {
    const teer = r.teer(teerOf(target), teerOf(needCode))
    return { ...base, points: Math.floor(level.points / 2), met: false, reason: join(reason, teer) }
  }
  return { ...base, points: level.points, met: level.points === MAX.occupation, reason }
}

function join(a: Localized, b: Localized): Localized {
  return { fr: `${a.fr} ; ${b.fr}`, en: `${a.en}; ${b.en}` }
}

/** The best of the candidate's target codes (the first one on a tie: they are listed best first). */
export function scoreOccupation(targets: readonly string[], needCode: string): CriterionScore {
  const scores = targets.map((t) => occupationOf(t, needCode))
  return scores.reduce((best, s) => (s.points > best.points ? s : best))
}

function criterion(criterion: Criterion, points: number, reason: Localized): CriterionScore {
  return { criterion, points, max: MAX[criterion], met: points === MAX[criterion], reason }
}

/** French on the Québec scale: full when at or above the requirement, 5 points off per level missing. */
export function scoreFrench(required: number | null, declared: number | null): CriterionScore {
  if (required === null) return criterion('french', MAX.french, r.frenchNone)
  if (declared === null) return criterion('french', 0, r.frenchUndeclared(required))
  const points = declared >= required ? MAX.french : Math.max(0, MAX.french - 5 * (required - declared))
  return criterion('french', points, r.french(required, declared))
}

/** Years of experience: full when at or above the requirement, else in proportion (rounded). */
export function scoreExperience(required: number | null, declared: number | null): CriterionScore {
  if (required === null || required === 0) return criterion('experience', MAX.experience, r.experienceNone)
  if (declared === null) return criterion('experience', 0, r.experienceUndeclared(required))
  const points = declared >= required ? MAX.experience : Math.round((MAX.experience * declared) / required)
  return criterion('experience', points, r.experience(required, declared))
}

const CREDENTIAL_POINTS: Record<CredentialStatus, number> = {
  recognized: 10,
  in_progress: 5,
  not_needed: 10,
  not_started: 0,
  refused: 0,
}

/** Credential recognition, when the position is a regulated profession or asks for a credential. */
export function scoreCredentials(
  need: Pick<NeedFacts, 'regulatedProfession' | 'credentialRequired'>,
  status: CredentialStatus | null,
): CriterionScore {
  if (!need.regulatedProfession && !need.credentialRequired)
    return criterion('credentials', MAX.credentials, r.credentialNone)
  const points = status === null ? 0 : CREDENTIAL_POINTS[status]
  return criterion('credentials', points, r.credential(status, need.credentialRequired))
}

/** Same MRC, same region, willing to move to the need's region, or not willing. */
export function scoreLocation(need: NeedFacts, profile: ProfileFacts): CriterionScore {
  const sameRegion = profile.currentRegionCode === need.regionCode
  if (sameRegion && need.mrcCode !== null && profile.currentMrcCode === need.mrcCode)
    return criterion('location', 15, r.sameMrc)
  if (sameRegion) return criterion('location', 10, r.sameRegion(need.region))
  if (profile.mobilityRegionCodes.includes(need.regionCode))
    return criterion('location', 7, r.willingToMove(need.region))
  return criterion('location', 0, r.notWillingToMove(need.region))
}

/** The explained score of a candidate for a need, or null when their occupations share nothing with it. */
export function scoreMatch(need: NeedFacts, profile: ProfileFacts): Match | null {
  const occupation = scoreOccupation(profile.targetCnpCodes, need.cnpCode)
  if (occupation.points === 0) return null
  const criteria = [
    occupation,
    scoreFrench(need.frenchLevel, profile.frenchLevel),
    scoreExperience(need.experienceYears, profile.experienceYears),
    scoreCredentials(need, profile.credentialStatus),
    scoreLocation(need, profile),
  ]
  return { score: criteria.reduce((sum, c) => sum + c.points, 0), criteria }
}

/** What ties are broken by after the score: location points, then the earliest availability (none last), then id. */
export type RankKey = { score: number; location: number; availableOn: string | null; id: string }

/** The ranking order: score desc, location desc, availability asc (nulls last), id asc. */
export function compareRank(a: RankKey, b: RankKey): number {
  if (a.score !== b.score) return b.score - a.score
  if (a.location !== b.location) return b.location - a.location
  if (a.availableOn !== b.availableOn) {
    if (a.availableOn === null) return 1
    if (b.availableOn === null) return -1
    return a.availableOn < b.availableOn ? -1 : 1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
