import type { PlotOptions } from '@observablehq/plot'
import type { Permission } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import type { Localized } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'

// One chart of the dashboards: its data (rows from one query), the table and downloads drawn from the same rows, and
// the Observable Plot options that draw it as SVG on the server (dashboards/plot-svg.ts). Each chart lives in its own
// file under dashboards/charts/ and is listed in dashboards/charts/index.ts (display order).
//
// For a chart's author:
// - `rows`: one aggregate `sql` query through `queryRows`; `chart-sql.ts` has the filter's conditions (`regionsSql`,
//   `servicePointSql`, `quebecDateSql`, `monthsSql` for every month of the period, zeros included). Cells are numbers
//   (cast counts to int, medians to float8), text or null; codes (a volet, a status) go with `ChartColumn.codes`.
// - The page draws the SVG, the table (first column as row headers), the CSV/XLSX (`chart-export.ts`) and the PDF from
//   the same rows; `chart-format.ts` formats cells by `ChartColumn.format` (money in cents, months `YYYY-MM`).
// - `plot`: never colour alone (text labels on bars and points; line pattern or marker shape between series); no
//   legend (Plot would wrap the SVG in a <figure>): name the series with text marks. A chart without rows is not drawn
//   (the page says there is nothing to show), so `plot` may assume at least one row.

/** The dashboards' filters: the caller's regions (narrowed to one when asked), a service point, a period. */
export type DashboardFilter = {
  regionCodes: 'all' | readonly string[]
  servicePointId?: string
  from: string
  to: string
}

export type ChartCell = string | number | null

/** A column of a chart's data table (and of its CSV and XLSX): its key in the rows, its label, how to format it. */
export type ChartColumn = {
  key: string
  label: Localized
  format: 'text' | 'count' | 'money' | 'days' | 'percent' | 'month'
  /**
   * When the cells hold codes (a volet, a status): each code's name, shown in the table, the CSV, the XLSX and the PDF
   * in the reader's language (a code missing here is shown as it is).
   */
  codes?: Record<string, Localized>
}

export type ChartDef = {
  /** URL-safe name: `/app/tableaux-de-bord/graphiques/<key>.csv`. */
  key: string
  title: Localized
  /** One sentence: what is counted and how (the counting rule), under the chart. */
  description: Localized
  /** Who may see it (the records' module permission: people.read, employers.read, partners.read). */
  permission: Permission
  /** Whether the service-point filter applies to it (charts of the dossiers' and interventions' service points). */
  byServicePoint: boolean
  columns: ChartColumn[]
  /** The chart's rows for the filter: one query, already aggregated; cells keyed by the columns' keys. */
  rows(db: Db, filter: DashboardFilter): Promise<Record<string, ChartCell>[]>
  /**
   * The Plot options that draw the rows (marks with text labels or patterns: never colour alone). Titles and axis
   * labels in `lang`.
   */
  plot(rows: Record<string, ChartCell>[], lang: Lang): PlotOptions
}
