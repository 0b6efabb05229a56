import type { BilanDocument } from '../bilan/bilan.document.js'

/** The Bilan as a PDF (Typst, fonts embedded, the text passed as data); `charts` are SVG drawn after the text. */
export function renderBilanPdf(_doc: BilanDocument, _charts: { title: string; svg: string }[] = []): Buffer {
  throw new Error('renderBilanPdf: not built yet')
}
