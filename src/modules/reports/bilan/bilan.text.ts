import type { Lang } from '../../../platform/views/i18n.js'
import type { BilanDocument, BilanNarrative } from './bilan.document.js'
import type { BilanModel } from './bilan.model.js'

/**
 * The Bilan as text in one language, following the seed's structure and register (French) or its faithful
 * translation (English), with the director's narrative added or substituted per section.
 */
export function bilanDocument(_model: BilanModel, _lang: Lang, _narrative: BilanNarrative = {}): BilanDocument {
  throw new Error('bilanDocument: not built yet')
}
