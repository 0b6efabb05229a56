import { renderToString } from 'preact-render-to-string'
import type { BilanBlock, BilanDocument, BilanListItem, BilanSection } from '../bilan/bilan.document.js'
import { safeHref } from './bilan-links.js'

// The Bilan as semantic HTML: the same document every other renderer draws, every word escaped by Preact. The
// article carries no module CSS: on the staff and public pages it takes the platform's styles (and the platform
// stylesheet's print rules for `.bilan`); the standalone file (`--format html`) inlines its own screen and print CSS.

type HeadingLevel = 1 | 2 | 3

type ArticleProps = {
  doc: BilanDocument
  /** The title's level: 1 in a document of its own, 2 (or 3) inside a page that has its own `h1`. */
  titleLevel?: HeadingLevel
}

function Heading(p: { level: number; children: string }) {
  const Tag = `h${Math.min(p.level, 6)}` as 'h2'
  return <Tag>{p.children}</Tag>
}

function Item({ item }: { item: BilanListItem }) {
  const body = (
    <>
      {item.text}
      {item.strong ? <strong>{item.strong}</strong> : null}
    </>
  )
  const href = safeHref(item.href)
  return <li>{href ? <a href={href}>{body}</a> : body}</li>
}

function Block({ block }: { block: BilanBlock }) {
  if (block.kind === 'paragraph') return <p>{block.text}</p>
  return (
    <ul>
      {block.items.map((item) => (
        <Item item={item} />
      ))}
    </ul>
  )
}

/** A section with a heading is a `<section>`; one without (the opening paragraphs) continues the article's text. */
function Section(p: { section: BilanSection; level: number }) {
  const blocks = p.section.blocks.map((block) => <Block block={block} />)
  if (!p.section.heading) return <>{blocks}</>
  return (
    <section>
      <Heading level={p.level}>{p.section.heading}</Heading>
      {blocks}
    </section>
  )
}

/** The Bilan's body (masthead, title, data date, sections with headings, paragraphs and lists) for any page. */
export function BilanArticle({ doc, titleLevel = 1 }: ArticleProps) {
  return (
    <article class="bilan" lang={doc.lang}>
      <header>
        <p class="bilan-ministry">{doc.ministry}</p>
        <Heading level={titleLevel}>{doc.title}</Heading>
        <p class="bilan-data-date">{doc.dataLine}</p>
      </header>
      {doc.sections.map((section) => (
        <Section section={section} level={titleLevel + 1} />
      ))}
    </article>
  )
}

// Screen: a readable column. Print: the page's margins (A4 or Letter, whichever the printer holds), no break inside a
// list or right after a heading, links followed by nothing (the text already names the place).
const CSS = `
:root { color: #223654; background: #fff; font-family: "Open Sans", Arial, Helvetica, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem; }
.bilan-ministry { font-weight: 700; white-space: pre-line; margin: 0 0 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
.bilan-data-date { color: #4e5662; margin: 0 0 1.5rem; }
a { color: #095797; }
main, li { overflow-wrap: anywhere; }
footer { border-top: 1px solid #c5cad2; margin-top: 2rem; padding-top: .5rem; font-size: .875rem; }
@page { margin: 2cm 1.8cm; }
@media print {
  :root { color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h1, h2 { break-after: avoid; }
  ul, li, p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`

/** The Bilan as one standalone HTML document (screen and print CSS inlined, no script): `--format html`. */
export function renderBilanHtml(doc: BilanDocument): string {
  const page = (
    <html lang={doc.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.title}</title>
        {/* A constant: no data reaches the style sheet. */}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>
          <BilanArticle doc={doc} />
          <footer>
            <p>{doc.dataLine}</p>
          </footer>
        </main>
      </body>
    </html>
  )
  return `<!doctype html>${renderToString(page)}`
}
