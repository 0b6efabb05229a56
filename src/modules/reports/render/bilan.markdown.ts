import type { BilanDocument } from '../bilan/bilan.document.js'

/** The Bilan as Markdown (the CLI's default output), in the seed's layout. */
export function renderBilanMarkdown(_doc: BilanDocument): string {
  throw new Error('renderBilanMarkdown: not built yet')
}
