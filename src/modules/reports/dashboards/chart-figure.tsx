import { Table } from '../../../platform/views/table.js'
import { colon, type Lang } from '../../../platform/views/i18n.js'
import type { ChartCell, ChartDef } from './chart.js'
import { cellText } from './chart-format.js'
import { dashboardText as m } from './dashboard.messages.js'
import { renderChartSvg } from './plot-svg.js'

export const DASHBOARD = '/app/tableaux-de-bord'

/** A chart's downloads: `/app/tableaux-de-bord/graphiques/<key>.<format>?<the page's filters>`. */
export function downloadHref(key: string, format: 'csv' | 'xlsx', search: string): string {
  return `${DASHBOARD}/graphiques/${encodeURIComponent(key)}.${format}${search}`
}

/** The chart's SVG, drawn from its rows in the reader's language (the same markup as in the PDF). */
export function chartSvg(chart: ChartDef, rows: Record<string, ChartCell>[], lang: Lang): string {
  return renderChartSvg(chart.plot(rows, lang), {
    title: chart.title[lang],
    description: chart.description[lang],
    id: chart.key,
  })
}

/** The chart's rows as a table with its caption and column headers (the figures the chart draws). */
export function ChartTable(p: { chart: ChartDef; rows: Record<string, ChartCell>[]; lang: Lang }) {
  const caption = `${m.data[p.lang]}${colon(p.lang)}${p.chart.title[p.lang]}`
  return (
    <Table label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {p.chart.columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label[p.lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((row, i) => (
          <tr key={i}>
            {p.chart.columns.map((c, j) =>
              j === 0 ? (
                <th key={c.key} scope="row">
                  {cellText(c, row[c.key] ?? null, p.lang)}
                </th>
              ) : (
                <td key={c.key}>{cellText(c, row[c.key] ?? null, p.lang)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/**
 * One chart of the dashboard: its title, the SVG (or a sentence when there is nothing to draw), the counting rule
 * in the caption, the data table next to it and its CSV and XLSX downloads.
 */
export function ChartFigure(p: { chart: ChartDef; rows: Record<string, ChartCell>[]; lang: Lang; search: string }) {
  const { chart, rows, lang } = p
  const headingId = `chart-${chart.key}-heading`
  return (
    <section aria-labelledby={headingId} class="dashboard-chart">
      <h2 id={headingId}>{chart.title[lang]}</h2>
      <figure>
        {rows.length > 0 ? (
          <div class="chart-svg" dangerouslySetInnerHTML={{ __html: chartSvg(chart, rows, lang) }} />
        ) : (
          <p>{m.empty[lang]}</p>
        )}
        <figcaption>
          {chart.description[lang]}
          {chart.byServicePoint ? null : ` ${m.allServicePointsNote[lang]}`}
        </figcaption>
      </figure>
      {rows.length > 0 ? <ChartTable chart={chart} rows={rows} lang={lang} /> : null}
      <ul class="chart-downloads">
        <li>
          <a href={downloadHref(chart.key, 'csv', p.search)}>{m.csv[lang]}</a>
        </li>
        <li>
          <a href={downloadHref(chart.key, 'xlsx', p.search)}>{m.xlsx[lang]}</a>
        </li>
      </ul>
    </section>
  )
}
