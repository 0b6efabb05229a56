import { type Ctx, forbiddenUnless, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate, listRegions } from '../../territory/index.js'
import { type Localized, notFound } from '../../../platform/errors.js'
import type { CandidateMatchList, NeedMatchList } from './matching.contracts.js'
import { canReadMatches } from './matching.policy.js'
import { presentCandidateMatches, presentNeedMatches, type RegionNames } from './matching.presenter.js'
import {
  findNeedForMatching,
  findVisibleProfile,
  type MatchNeedRow,
  type MatchProfileRow,
  rankNeedRows,
  rankProfileRows,
} from './matching.queries.js'

// Matching both ways, always current: ranked in SQL at each read (no cache), the kept rows explained by `score.ts`.
// Reading a list is audited once (not one `candidate_profile.viewed` per row).

/** The 17 regions by code (the reasons name the need's region, the lists the candidates'). */
async function regionsByCode(ctx: Ctx): Promise<RegionNames> {
  return new Map((await listRegions(ctx.db)).map((r) => [r.code, r]))
}

/** A need of the caller's scope, or not_found. */
export async function getMatchableNeedOrThrow(ctx: Ctx, needId: string): Promise<MatchNeedRow> {
  const need = await findNeedForMatching(ctx.db, needId)
  if (!need || !ctx.scope.coversRegion(need.regionCode)) throw notFound('labour_need')
  return need
}

/** A profile the caller sees whose person consents to job matching today, or not_found. */
export async function getMatchableProfileOrThrow(ctx: Ctx, profileId: string): Promise<MatchProfileRow> {
  const profile = await findVisibleProfile(ctx.db, ctx.scope, profileId, civilDate(ctx.now))
  if (!profile) throw notFound('candidate_profile')
  return profile
}

/**
 * The candidates of a labour need of the caller's scope, best first (at most `limit`): consenting profiles of the
 * scope or willing to move to the need's region, sharing at least its broad category. Audited `labour_need.matches_viewed`.
 */
export async function rankCandidates(
  ctx: Ctx,
  needId: string,
  { limit = 50 }: { limit?: number } = {},
): Promise<CandidateMatchList & { need: MatchNeedRow; needRegion: Localized }> {
  forbiddenUnless(canReadMatches(ctx.actor))
  return inTransaction(ctx, async (tx) => {
    const need = await getMatchableNeedOrThrow(tx, needId)
    const rows = await rankProfileRows(tx.db, tx.scope, need, civilDate(tx.now), limit)
    const regions = await regionsByCode(tx)
    await recordAudit(tx, {
      action: 'labour_need.matches_viewed',
      entityType: 'labour_need',
      entityId: need.id,
      regionCode: need.regionCode,
    })
    const items = presentCandidateMatches(need, rows, regions)
    const region = regions.get(need.regionCode)
    const needRegion = { fr: region?.nameFr ?? need.regionCode, en: region?.nameEn ?? need.regionCode }
    return { labourNeedId: need.id, need, needRegion, items }
  })
}

/**
 * The open or partially filled needs of the caller's scope for a candidate the caller sees, best first (at most
 * `limit`). Audited `candidate_profile.matches_viewed`.
 */
export async function rankNeeds(
  ctx: Ctx,
  profileId: string,
  { limit = 50 }: { limit?: number } = {},
): Promise<NeedMatchList & { profile: MatchProfileRow }> {
  forbiddenUnless(canReadMatches(ctx.actor))
  return inTransaction(ctx, async (tx) => {
    const profile = await getMatchableProfileOrThrow(tx, profileId)
    const rows = await rankNeedRows(tx.db, tx.scope, profile.id, limit)
    const regions = await regionsByCode(tx)
    await recordAudit(tx, {
      action: 'candidate_profile.matches_viewed',
      entityType: 'candidate_profile',
      entityId: profile.id,
      regionCode: profile.currentRegionCode,
    })
    return { profileId: profile.id, profile, items: presentNeedMatches(profile, rows, regions) }
  })
}
