import type { IndicatorProgress } from './target.contracts.js'
import {
  indicatorDefinitions,
  indicatorKind,
  indicatorLabels,
  type TargetIndicator,
  targetIndicators,
} from './target.indicators.js'
import type { ShareCounts } from './target.queries.js'

// Pure arithmetic of the progress table: a share is exact (numerator and denominator), reached when
// numerator / denominator ≥ target; a share without a denominator is no data, never 0 %.

/** A region's actual values: the two counts and the shares' counts. */
export type Actuals = { personsAccompanied: number; enterprisesAccompanied: number; shares: ShareCounts | undefined }

type Fraction = { numerator: number; denominator: number }

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

function fractionOf(indicator: TargetIndicator, a: Actuals): Fraction {
  const s = a.shares
  if (indicator === 'first_meeting_within_5_days')
    return { numerator: s?.firstMeetingsOnTime ?? 0, denominator: s?.dossiersCounted ?? 0 }
  return { numerator: s?.referralsWithOutcome ?? 0, denominator: s?.referralsClosed ?? 0 }
}

function countProgress(actual: number, target: number | null) {
  if (target === null) return { progress: null, reached: null }
  return { progress: target === 0 ? null : round(actual / target, 4), reached: actual >= target }
}

/** A share against a target in basis points, compared exactly (no rounding decides "reached"). */
function shareProgress(f: Fraction, targetBp: number | null) {
  if (targetBp === null || f.denominator === 0) return { progress: null, reached: null }
  const reached = f.numerator * 10_000 >= targetBp * f.denominator
  return { progress: targetBp === 0 ? null : round((f.numerator * 10_000) / (f.denominator * targetBp), 4), reached }
}

/** One indicator's line: target (count, or percentage from basis points), actual, progress. */
export function indicatorProgress(indicator: TargetIndicator, stored: number | null, a: Actuals): IndicatorProgress {
  const base = { indicator, label: indicatorLabels[indicator], definition: indicatorDefinitions[indicator] }
  if (indicatorKind[indicator] === 'count') {
    const actual = indicator === 'persons_accompanied' ? a.personsAccompanied : a.enterprisesAccompanied
    const counts = { numerator: null, denominator: null }
    return { ...base, kind: 'count', target: stored, actual, ...counts, ...countProgress(actual, stored) }
  }
  const f = fractionOf(indicator, a)
  const actual = f.denominator === 0 ? null : round((f.numerator * 100) / f.denominator, 1)
  const target = stored === null ? null : stored / 100
  return { ...base, kind: 'share', target, actual, ...f, ...shareProgress(f, stored) }
}

/** The four indicators of a region, in the action plan's order. */
export function regionIndicators(stored: Map<TargetIndicator, number>, a: Actuals): IndicatorProgress[] {
  return targetIndicators.map((i) => indicatorProgress(i, stored.get(i) ?? null, a))
}
