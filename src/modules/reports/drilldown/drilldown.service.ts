import { assertCan, can, type Ctx, recordAudit } from '../../access/index.js'
import { forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import type { FigureKey } from '../bilan/bilan.model.js'
import { findBilanRegions } from '../bilan/bilan.queries.js'
import type { BilanTarget } from '../bilan/bilan.read.js'
import { periodErrors } from '../bilan/bilan.service.js'
import { DRILLDOWN_VIEWED } from './drilldown.audit.js'
import { figurePermissions } from './drilldown.policy.js'
import { type FigureRecord, figureListers, type RecordsPage } from './drilldown.records.js'

/** How many records a drill-down page lists unless asked otherwise. */
export const RECORDS_PER_PAGE = 100

/**
 * One page of the records behind a figure: `count` the figure's records, `total` those the caller may list (`hidden`
 * the others: persons of dossiers outside a service point's scope, counted, never named), `records` from `offset`.
 */
export type FigureRecords = {
  figure: FigureKey
  regions: { code: string; slug: string; nameFr: string; nameEn: string }[]
  period: { from: string; to: string }
  count: number
  total: number
  hidden: number
  offset: number
  limit: number
  records: FigureRecord[]
}

/**
 * One page of the records behind one figure of a Bilan: `reports.read` and the records' permission (else forbidden),
 * a valid period (else invalid_input), regions all in the caller's scope (else not_found). Naming persons is audited
 * (the figure, the page's count of persons).
 */
export async function listFigureRecords(
  ctx: Ctx,
  figure: FigureKey,
  target: BilanTarget,
  page: RecordsPage = { limit: RECORDS_PER_PAGE, offset: 0 },
): Promise<FigureRecords> {
  assertCan(ctx.actor, 'reports.read')
  if (!can(ctx.actor, figurePermissions[figure])) throw forbidden()
  const { from, to } = target
  const errors = periodErrors(from, to)
  if (errors) throw invalidInput(errors)
  if (target.region !== undefined && !ctx.scope.coversRegion(target.region)) throw notFound('region')
  const query = { regionCode: target.region, directorateId: target.directorate, from, to }
  const rows = await findBilanRegions(ctx.db, query, to)
  if (!rows?.every((r) => ctx.scope.coversRegion(r.code))) throw notFound(target.region ? 'region' : 'directorate')
  const regions = rows.map((r) => ({ code: r.code, slug: r.slug, nameFr: r.nameFr, nameEn: r.nameEn }))
  const { total, hidden, records } = await figureListers[figure](ctx, { regions, from, to }, page)
  if (figure === 'personsAccompanied') {
    const details = { figure, regions: regions.map((r) => r.code), from, to, count: records.length }
    await recordAudit(ctx, {
      action: DRILLDOWN_VIEWED,
      entityType: 'bilan_figure',
      details,
      regionCode: regions[0]?.code,
    })
  }
  const count = total + hidden
  return { figure, regions, period: { from, to }, count, total, hidden, ...page, records }
}
