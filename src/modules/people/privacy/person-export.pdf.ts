import { renderTypstPdf } from '../../../platform/documents/typst.js'
import type { Lang } from '../../../platform/views/i18n.js'
import type { PersonExport } from './person-export.contracts.js'
import { buildExportDocument, type ExportNames } from './person-export.document.js'

// The Typst source is constant: every word of the person's file reaches it as data (`sys.inputs.data`, a JSON string
// decoded by Typst), never spliced into markup, so a name like `#set page(width: 1pt)` or `]` prints as itself. Fonts:
// Typst's bundled Libertinus Serif, embedded (subset) in the PDF; no system font or network needed.
const TEMPLATE = `
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title)
#set page(paper: "us-letter", margin: (x: 2cm, y: 2.2cm), footer: context [
  #set text(size: 8pt)
  #d.footer #h(1fr) #counter(page).display("1 / 1", both: true)
])
#set text(font: "Libertinus Serif", size: 10pt, lang: d.lang)
#set par(justify: false)
#show heading: set block(above: 1.2em, below: 0.6em)
#text(size: 18pt, weight: "bold", d.title)
#parbreak()
#d.intro
#for b in d.blocks {
  heading(level: b.level - 1, b.heading)
  if b.rows.len() > 0 {
    grid(
      columns: (38%, 1fr),
      column-gutter: 8pt,
      row-gutter: 5pt,
      ..b.rows.map(r => (text(weight: "bold", r.at(0)), r.at(1))).flatten(),
    )
  }
}
`

/** The right-of-access export as a PDF (Typst), in French or English. */
export function renderPersonExportPdf(file: PersonExport, lang: Lang, names: ExportNames): Buffer {
  const data = JSON.stringify(buildExportDocument(file, lang, names))
  return renderTypstPdf(TEMPLATE, { data }, 'The right-of-access PDF')
}

/** The Typst source the PDF is made from (tests check it holds none of the person's words). */
export const personExportTemplate = TEMPLATE
