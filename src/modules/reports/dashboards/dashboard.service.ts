import { type Actor, assertCan, can, type Ctx } from '../../access/index.js'
import {
  listRegionsInScope,
  listServicePoints,
  type RegionRow,
  type ServicePointOutput,
} from '../../territory/index.js'
import { invalidInput, notFound } from '../../../platform/errors.js'
import type { FieldErrors } from '../../../platform/errors.js'
import type { ChartCell, ChartDef, DashboardFilter } from './chart.js'
import { dashboardCharts, findChart } from './charts/index.js'
import { type DashboardQuery, resolveFilter, typedQuery } from './dashboard.filter.js'

/** A chart and its rows for the filter. */
export type ChartData = { chart: ChartDef; rows: Record<string, ChartCell>[] }

/** What the dashboard page draws: the form (choices, typed values, errors), the filter, the charts the caller may see. */
export type DashboardView = {
  query: DashboardQuery
  regions: RegionRow[]
  servicePoints: ServicePointOutput[]
  filter?: DashboardFilter
  errors?: FieldErrors
  charts: ChartData[]
}

/** The charts a role may see, in display order (each names the records' permission it needs). */
export function visibleCharts(actor: Actor): ChartDef[] {
  return dashboardCharts.filter((chart) => can(actor, chart.permission))
}

async function choicesOf(ctx: Ctx) {
  const [regions, servicePoints] = await Promise.all([listRegionsInScope(ctx), listServicePoints(ctx)])
  return { regions, servicePoints }
}

/**
 * The dashboards for the caller: the filter checked against their regions and service points, then each visible
 * chart's one aggregate query (no personal data: counts only, so nothing is audited). Bad filters leave the charts
 * empty and come back as field errors.
 */
export async function loadDashboard(ctx: Ctx, raw: unknown): Promise<DashboardView> {
  assertCan(ctx.actor, 'reports.read')
  const query = typedQuery(raw)
  const { regions, servicePoints } = await choicesOf(ctx)
  const result = resolveFilter(ctx, query, { regions, servicePoints })
  const charts = visibleCharts(ctx.actor)
  if (result.errors) return { query, regions, servicePoints, errors: result.errors, charts: [] }
  const rows = await Promise.all(charts.map((chart) => chart.rows(ctx.db, result.filter)))
  const data = charts.map((chart, i) => ({ chart, rows: rows[i] ?? [] }))
  return { query, regions, servicePoints, filter: result.filter, charts: data }
}

/**
 * One chart's rows for a download: an unknown chart, or one the caller's role may not see, is not found; bad filters
 * are a 400 with each field's message.
 */
export async function loadChart(ctx: Ctx, key: string, raw: unknown): Promise<ChartData & { filter: DashboardFilter }> {
  assertCan(ctx.actor, 'reports.read')
  const chart = findChart(key)
  if (!chart || !can(ctx.actor, chart.permission)) throw notFound('chart')
  const result = resolveFilter(ctx, typedQuery(raw), await choicesOf(ctx))
  if (result.errors) throw invalidInput(result.errors)
  return { chart, rows: await chart.rows(ctx.db, result.filter), filter: result.filter }
}

/** Every visible chart's rows for the PDF; bad filters are a 400. */
export async function loadDashboardOrThrow(
  ctx: Ctx,
  raw: unknown,
): Promise<DashboardView & { filter: DashboardFilter }> {
  const view = await loadDashboard(ctx, raw)
  if (!view.filter) throw invalidInput(view.errors ?? {})
  return { ...view, filter: view.filter }
}
