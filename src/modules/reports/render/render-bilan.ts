import type { Lang } from '../../../platform/views/i18n.js'
import type { BilanNarrative } from '../bilan/bilan.document.js'
import type { BilanModel } from '../bilan/bilan.model.js'
import { bilanDocument } from '../bilan/bilan.text.js'
import { bilanJson } from '../bilan/bilan.json.js'
import { renderBilanDocx } from './bilan.docx.js'
import { renderBilanHtml } from './bilan.html.js'
import { renderBilanMarkdown } from './bilan.markdown.js'
import { renderBilanPdf } from './bilan.pdf.js'

/** The Bilan's formats (the CLI's `--format`, the API's `format`). */
export const bilanFormats = ['md', 'html', 'pdf', 'docx', 'json'] as const
export type BilanFormat = (typeof bilanFormats)[number]

export type RenderedBilan = { body: string | Buffer; contentType: string; extension: BilanFormat }

const contentTypes: Record<BilanFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
}

/** One Bilan in one format and language, from the one model (and the director's narrative for the text formats). */
export async function renderBilan(
  model: BilanModel,
  lang: Lang,
  format: BilanFormat,
  narrative: BilanNarrative = {},
): Promise<RenderedBilan> {
  const result = (body: string | Buffer) => ({ body, contentType: contentTypes[format], extension: format })
  if (format === 'json') return result(JSON.stringify(bilanJson(model), null, 2))
  const doc = bilanDocument(model, lang, narrative)
  if (format === 'md') return result(renderBilanMarkdown(doc))
  if (format === 'html') return result(renderBilanHtml(doc))
  if (format === 'pdf') return result(renderBilanPdf(doc))
  return result(await renderBilanDocx(doc))
}
