import type { Ctx } from '../../access/index.js'
import { civilDate } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { addPeriodLengthError } from '../period.js'
import { isUuid } from '../../../platform/validation.js'
import type { DashboardFilter } from './chart.js'
import { filterText as m } from './dashboard.messages.js'

/** The filter form as typed (query string): every field optional, blank is absent. */
export type DashboardQuery = { region?: string; servicePoint?: string; from?: string; to?: string }

/** What the filter may name: the caller's regions and their service points. */
export type FilterChoices = {
  regions: readonly { code: string }[]
  servicePoints: readonly { id: string; regionCode: string }[]
}

/** The filter that answered, or the errors of each field that did not (400 with the form and its messages). */
export type FilterResult = { filter: DashboardFilter; errors?: undefined } | { filter?: undefined; errors: FieldErrors }

const isoDay = /^\d{4}-\d{2}-\d{2}$/

function isDate(value: string): boolean {
  if (!isoDay.test(value) || value < '1900-01-01' || value > '2199-12-31') return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** The current Québec fiscal year so far: April 1 (this year's or last year's) to today. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const today = civilDate(now)
  const year = Number(today.slice(0, 4))
  const from = today.slice(5) >= '04-01' ? `${year}-04-01` : `${year - 1}-04-01`
  return { from, to: today }
}

/** Only the fields that were typed (a GET form sends '' for an untouched field). */
export function typedQuery(raw: unknown): DashboardQuery {
  const out: Record<string, string> = {}
  if (!raw || typeof raw !== 'object') return out
  for (const key of ['region', 'servicePoint', 'from', 'to']) {
    const value = (raw as Record<string, unknown>)[key]
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim()
  }
  return out
}

function periodErrors(from: string, to: string, errors: FieldErrors): void {
  if (!isDate(from)) errors.from = m.badDate
  if (!isDate(to)) errors.to = m.badDate
  if (!errors.from && !errors.to && to < from) errors.to = m.endBeforeStart
  addPeriodLengthError(from, to, errors)
}

/**
 * The dashboards' filter from the form, checked against what the caller may see: a region outside their scope (or
 * unknown) and a service point of another region are field errors (400), as a bad date or a period that ends before
 * it starts or lasts more than ten years. A caller whose scope is one service point is kept to it.
 */
export function resolveFilter(ctx: Ctx, query: DashboardQuery, choices: FilterChoices): FilterResult {
  const period = defaultPeriod(ctx.now)
  const [from, to] = [query.from ?? period.from, query.to ?? period.to]
  const errors: FieldErrors = {}
  periodErrors(from, to, errors)
  if (query.region && !choices.regions.some((r) => r.code === query.region)) errors.region = m.unknownRegion
  const servicePointId = query.servicePoint ?? ctx.scope.servicePointId ?? undefined
  const point =
    servicePointId && isUuid(servicePointId) ? choices.servicePoints.find((sp) => sp.id === servicePointId) : undefined
  const outsideScope = ctx.scope.servicePointId && servicePointId !== ctx.scope.servicePointId
  if (servicePointId && (!point || outsideScope || (query.region && point.regionCode !== query.region)))
    errors.servicePoint = m.unknownServicePoint
  if (Object.keys(errors).length > 0) return { errors }
  const regionCodes = query.region ? [query.region] : ctx.scope.regionCodes
  return { filter: { regionCodes, servicePointId, from, to } }
}
