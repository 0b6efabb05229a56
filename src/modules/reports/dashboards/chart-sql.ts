import { type SQL, sql } from 'drizzle-orm'
import type { DashboardFilter } from './chart.js'

// The dashboards' SQL conditions, shared by every chart's query: the filter's regions and service point.

/** `<column> in (<regions>)`, true for every region, false when the caller has none. */
export function regionsSql(column: SQL, regionCodes: DashboardFilter['regionCodes']): SQL {
  if (regionCodes === 'all') return sql`true`
  if (regionCodes.length === 0) return sql`false`
  return sql`${column} in (${sql.join(
    regionCodes.map((code) => sql`${code}`),
    sql`, `,
  )})`
}

/** `<column> = <service point>` when the filter names one, else true. */
export function servicePointSql(column: SQL, servicePointId: string | undefined): SQL {
  return servicePointId ? sql`${column} = ${servicePointId}::uuid` : sql`true`
}

/** A civil date in Québec of a timestamp column (the day an agent or an organization would name). */
export function quebecDateSql(column: SQL): SQL {
  return sql`(${column} at time zone 'America/Toronto')::date`
}

/** The first day of each month of the period, as `YYYY-MM` (months with nothing still listed). */
export function monthsSql(filter: DashboardFilter): SQL {
  return sql`select to_char(m, 'YYYY-MM') as month
    from generate_series(date_trunc('month', ${filter.from}::date), date_trunc('month', ${filter.to}::date), interval '1 month') m`
}
