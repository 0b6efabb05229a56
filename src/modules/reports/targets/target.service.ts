import { actorUserId, assertCan, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { countEnterprisesAccompanied } from '../../employers/index.js'
import { countPersonsAccompanied } from '../../people/index.js'
import { civilDate, listRegionsInScope, type RegionRow } from '../../territory/index.js'
import { type FieldErrors, invalidInput, notFound } from '../../../platform/errors.js'
import type { RegionProgress, SetTargetsInput } from './target.contracts.js'
import type { TargetIndicator } from './target.indicators.js'
import { type Actuals, regionIndicators } from './target.progress.js'
import { deleteTarget, findShareCounts, findTargetRows, type SharePeriod, upsertTarget } from './target.queries.js'
import { parseTargetValue } from './target.values.js'

const duplicate = { fr: 'Chaque indicateur ne figure qu’une fois.', en: 'Each indicator appears only once.' }

/** The days of a fiscal year counted on a day: April 1 to March 31, up to today while it runs. */
export function periodOf(fiscalYear: number, now: Date): SharePeriod {
  const today = civilDate(now)
  const end = `${fiscalYear + 1}-03-31`
  return { from: `${fiscalYear}-04-01`, to: today < end ? today : end, today }
}

/** The regions of the caller's scope, or the one asked (not_found when outside it or unknown). */
async function regionsAsked(ctx: Ctx, regionCode: string | undefined): Promise<RegionRow[]> {
  const regions = await listRegionsInScope(ctx)
  if (regionCode === undefined) return regions
  const region = regions.find((r) => r.code === regionCode)
  if (!region || !ctx.scope.coversRegion(regionCode)) throw notFound('region')
  return [region]
}

async function actualsOf(ctx: Ctx, codes: string[], period: SharePeriod): Promise<Map<string, Actuals>> {
  const shares = new Map((await findShareCounts(ctx.db, codes, period)).map((s) => [s.regionCode, s]))
  const out = new Map<string, Actuals>()
  for (const code of codes) {
    const q = { regionCodes: [code], from: period.from, to: period.to }
    const personsAccompanied = await countPersonsAccompanied(ctx.db, q)
    const enterprisesAccompanied = await countEnterprisesAccompanied(ctx.db, [code], q.from, q.to)
    out.set(code, { personsAccompanied, enterprisesAccompanied, shares: shares.get(code) })
  }
  return out
}

/** Each region's four indicators in a fiscal year: target, actual (to date), progress. */
export async function listTargetProgress(
  ctx: Ctx,
  query: { regionCode?: string; fiscalYear: number },
): Promise<RegionProgress[]> {
  assertCan(ctx.actor, 'reports.read')
  const regions = await regionsAsked(ctx, query.regionCode)
  const codes = regions.map((r) => r.code)
  const period = periodOf(query.fiscalYear, ctx.now)
  const rows = await findTargetRows(ctx.db, codes, query.fiscalYear)
  const actuals = await actualsOf(ctx, codes, period)
  return regions.map((r) => {
    const stored = new Map(rows.filter((t) => t.regionCode === r.code).map((t) => [t.indicator, t.target]))
    const { code: regionCode, nameFr, nameEn } = r
    const indicators = regionIndicators(stored, actuals.get(r.code)!)
    return { regionCode, nameFr, nameEn, fiscalYear: query.fiscalYear, from: period.from, to: period.to, indicators }
  })
}

/** The typed values as stored values (null: remove), or every field's error at once. */
function parseTargets(input: SetTargetsInput): Map<TargetIndicator, number | null> {
  const errors: FieldErrors = {}
  const values = new Map<TargetIndicator, number | null>()
  for (const { indicator, value } of input.targets) {
    if (values.has(indicator)) errors[indicator] = duplicate
    const parsed = parseTargetValue(indicator, value)
    if (parsed.ok) values.set(indicator, parsed.value)
    else errors[indicator] = parsed.error
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  return values
}

/** Sets, changes or removes (blank) a region's targets for a fiscal year; audited with the before and after. */
export async function setTargets(ctx: Ctx, input: SetTargetsInput): Promise<void> {
  assertCan(ctx.actor, 'reports.publish')
  const { regionCode, fiscalYear } = input
  await regionsAsked(ctx, regionCode)
  const values = parseTargets(input)
  await inTransaction(ctx, async (tx) => {
    const before = await findTargetRows(tx.db, [regionCode], fiscalYear)
    const updatedBy = actorUserId(tx.actor)
    for (const [indicator, target] of values) {
      if (target === null) await deleteTarget(tx.db, regionCode, fiscalYear, indicator)
      else await upsertTarget(tx.db, { regionCode, fiscalYear, indicator, target, updatedAt: tx.now, updatedBy })
    }
    const after = await findTargetRows(tx.db, [regionCode], fiscalYear)
    const asRecord = (rows: typeof before) => Object.fromEntries(rows.map((r) => [r.indicator, r.target]))
    await recordAudit(tx, {
      action: 'target.updated',
      entityType: 'target',
      regionCode,
      details: { regionCode, fiscalYear, before: asRecord(before), after: asRecord(after) },
    })
  })
}
