import type { BilanDocument } from '../bilan/bilan.document.js'

/** The Bilan as a Word document (docx). */
export async function renderBilanDocx(_doc: BilanDocument): Promise<Buffer> {
  throw new Error('renderBilanDocx: not built yet')
}
