import { renderTypstPdf } from '../../../platform/documents/typst.js'
import type { BilanBlock, BilanDocument } from '../bilan/bilan.document.js'
import { safeAbsoluteHref } from './bilan-links.js'

// The Typst source is constant: every word of the Bilan (title, narrative, names, addresses) and every chart reaches
// it as data (`sys.inputs.data`, a JSON string decoded by Typst), never spliced into markup, so a narrative like
// `#set page(width: 1pt)` or `*bold* $x$ @ref <label>` prints as itself. A string shown in content is text, not markup.
// Fonts: Typst's bundled Libertinus Serif, embedded (subset); no system font or network needed. A chart is SVG bytes
// (`image(bytes(svg), format: "svg")`), drawn after the text, each kept on one page with its title.
const TEMPLATE = `
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title)
#set page(paper: "us-letter", margin: (x: 2.2cm, top: 2cm, bottom: 2.4cm), footer: context [
  #set text(size: 8pt)
  #d.dataLine #h(1fr) #counter(page).display("1 / 1", both: true)
])
#set text(font: "Libertinus Serif", size: 11pt, lang: d.lang, region: "CA")
#set par(justify: false, leading: 0.65em, spacing: 1em)
#show heading: set block(above: 1.4em, below: 0.7em)
#show heading: set text(size: 13pt)
#show link: set text(fill: rgb("#095797"))
#let entry(i) = {
  let body = { i.text; if i.strong != none { strong(i.strong) } }
  if i.href != none { link(i.href, body) } else { body }
}
#block(below: 1.2em, text(weight: "bold", size: 10pt, d.ministry))
#text(size: 20pt, weight: "bold", d.title)
#parbreak()
#text(size: 9pt, d.dataLine)
#for s in d.sections {
  if s.heading != none { heading(level: 1, s.heading) }
  for b in s.blocks {
    if b.kind == "paragraph" { par(b.text) } else { list(..b.items.map(entry)) }
  }
}
#if d.charts.len() > 0 { pagebreak(weak: true) }
#for c in d.charts {
  block(breakable: false, below: 2em, {
    heading(level: 1, c.title)
    image(bytes(c.svg), format: "svg", width: 100%, alt: c.title)
  })
}
`

export type BilanChart = { title: string; svg: string }

/** A block as the template reads it: every optional field present (`none`), links only when followable outside. */
function blockData(block: BilanBlock) {
  if (block.kind === 'paragraph') return block
  const items = block.items.map((i) => ({
    text: i.text,
    strong: i.strong ?? null,
    href: safeAbsoluteHref(i.href) ?? null,
  }))
  return { kind: 'list', items }
}

/** The JSON the template decodes (exported for tests: the template itself holds none of these words). */
export function bilanPdfData(doc: BilanDocument, charts: BilanChart[]): string {
  return JSON.stringify({
    lang: doc.lang,
    title: doc.title,
    ministry: doc.ministry,
    dataLine: doc.dataLine,
    sections: doc.sections.map((s) => ({ heading: s.heading ?? null, blocks: s.blocks.map(blockData) })),
    charts: charts.map((c) => ({ title: c.title, svg: c.svg })),
  })
}

/** The Bilan as a PDF (Typst, fonts embedded, the text passed as data); `charts` are SVG drawn after the text. */
export function renderBilanPdf(doc: BilanDocument, charts: BilanChart[] = []): Buffer {
  return renderTypstPdf(TEMPLATE, { data: bilanPdfData(doc, charts) }, 'The Bilan PDF')
}

/** The Typst source the PDF is made from (tests check it holds none of the Bilan's words). */
export const bilanPdfTemplate = TEMPLATE
