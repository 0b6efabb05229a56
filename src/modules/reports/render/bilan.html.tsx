import type { BilanDocument } from '../bilan/bilan.document.js'

/** The Bilan as one standalone HTML document (screen and print CSS inlined, no script): `--format html`. */
export function renderBilanHtml(_doc: BilanDocument): string {
  throw new Error('renderBilanHtml: not built yet')
}

/** The Bilan's body (headings, paragraphs, lists) for a page of the staff app or the public site. */
export function BilanArticle(_p: { doc: BilanDocument }) {
  return null
}
