import { renderTypstPdf } from '../../../platform/documents/typst.js'
import { formatDate, type Lang } from '../../../platform/views/i18n.js'
import { cellText } from './chart-format.js'
import { chartSvg } from './chart-figure.js'
import { dashboardText as m } from './dashboard.messages.js'
import type { ChartData } from './dashboard.service.js'

// The Typst source is constant: the titles, the filters' names, the tables' cells and the charts' SVG reach it as data
// (`sys.inputs.data`, a JSON string decoded by Typst), never spliced into markup, so an organization named
// `#set page(width: 1pt)` prints as itself. Fonts: Typst's bundled Libertinus Serif, embedded (subset). Each chart is
// the page's SVG (`image(bytes(svg), format: "svg")`), then its counting rule and its data table.
const TEMPLATE = `
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title)
#set page(paper: "us-letter", margin: (x: 2cm, y: 2.2cm), footer: context [
  #set text(size: 8pt)
  #d.footer #h(1fr) #counter(page).display("1 / 1", both: true)
])
#set text(font: "Libertinus Serif", size: 10pt, lang: d.lang, region: "CA")
#show heading: set block(above: 1.4em, below: 0.7em)
#text(size: 18pt, weight: "bold", d.title)
#parbreak()
#for line in d.filters { [#line \\ ] }
#for c in d.charts {
  heading(level: 1, c.title)
  if c.svg != none { image(bytes(c.svg), format: "svg", width: 100%, alt: c.title) } else { par(c.empty) }
  par(text(size: 9pt, c.description))
  if c.rows.len() > 0 {
    table(
      columns: c.heads.len(),
      inset: 4pt,
      table.header(..c.heads.map(h => strong(h))),
      ..c.rows.flatten(),
    )
  }
}
`

/** The JSON the template decodes (exported for tests: the template itself holds none of these words). */
export function dashboardPdfData(charts: ChartData[], filters: string[], lang: Lang, today: string): string {
  return JSON.stringify({
    lang,
    title: m.title[lang],
    footer: `Escale — ${m.generated[lang]} ${formatDate(today, lang)}`,
    filters,
    charts: charts.map(({ chart, rows }) => ({
      title: chart.title[lang],
      description: chart.byServicePoint
        ? chart.description[lang]
        : `${chart.description[lang]} ${m.allServicePointsNote[lang]}`,
      svg: rows.length > 0 ? chartSvg(chart, rows, lang) : null,
      empty: m.empty[lang],
      heads: chart.columns.map((c) => c.label[lang]),
      rows: rows.map((row) => chart.columns.map((c) => cellText(c, row[c.key] ?? null, lang))),
    })),
  })
}

/** The dashboards as a PDF: each chart's SVG, its counting rule and its table, for the filters named at the top. */
export function renderDashboardPdf(charts: ChartData[], filters: string[], lang: Lang, today: string): Buffer {
  return renderTypstPdf(TEMPLATE, { data: dashboardPdfData(charts, filters, lang, today) }, 'The dashboards PDF')
}
