import { type Lang, formatDate } from '../../../../platform/views/i18n.js'
import { countInWords } from '../../text/french-numbers.js'
import { joinEnglish, joinFrench, regionDe, regionLocative } from '../../text/region-forms.js'
import type { BilanBlock, SectionKey } from '../bilan.document.js'
import type { BilanModel, PublicCount } from '../bilan.model.js'

// What every section of the Bilan's text needs: the language, the model, the region's (or regions') names in the forms
// a sentence takes, and counts written as the seed writes them.

export type Wording = {
  lang: Lang
  model: BilanModel
  /** "de la Gaspésie–Îles-de-la-Madeleine", "du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine". */
  de: string
  /** "en Gaspésie–Îles-de-la-Madeleine", "au Bas-Saint-Laurent et en Gaspésie–Îles-de-la-Madeleine". */
  locative: string
  /** The English name(s): "Gaspésie–Îles-de-la-Madeleine", "Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine". */
  nameEn: string
  /** Whether the Bilan covers several regions (a directorate's). */
  plural: boolean
}

/**
 * A block and whether it is prose (a narrative may replace it) or figures (lists, contact lines: always kept); a prose
 * paragraph's `figures` are its sentences that state a figure, kept when a narrative replaces the rest.
 */
export type DraftBlock = BilanBlock & { prose?: boolean; figures?: string }
export type DraftSection = { key: SectionKey; heading?: string; blocks: DraftBlock[] }

export function wordingOf(model: BilanModel, lang: Lang): Wording {
  const regions = model.regions.length > 0 ? model.regions : [model.region]
  const withLocative = regions.map((r) => ({
    ...r,
    locativeFr: r.code === model.region.code ? model.region.locativeFr : undefined,
  }))
  return {
    lang,
    model,
    de: joinFrench(withLocative.map(regionDe)),
    locative: joinFrench(withLocative.map(regionLocative)),
    nameEn: joinEnglish(regions.map((r) => r.nameEn)),
    plural: regions.length > 1,
  }
}

export function paragraph(text: string, prose = true, figures?: string): DraftBlock {
  return figures ? { kind: 'paragraph', text, prose, figures } : { kind: 'paragraph', text, prose }
}

/** A prose paragraph whose last sentence states a figure (kept when the prose is replaced), or the lead alone. */
export function withFigure(lead: string, figure: string | undefined): DraftBlock {
  return figure ? paragraph(`${lead} ${figure}`, true, figure) : paragraph(lead)
}

/** A count with its noun, and whether the verb takes the plural. */
export type CountPhrase = { text: string; plural: boolean }

type Noun = { one: string; many: string; gender: 'm' | 'f' }

/**
 * "83 personnes immigrantes", "sept ententes", "une personne immigrante", "moins de cinq personnes immigrantes"
 * (a public count between 1 and 4); undefined for none, so that the caller leaves the sentence out.
 */
export function countPhrase(n: PublicCount, noun: Noun, lang: Lang): CountPhrase | undefined {
  if (n === '<5') return { text: `${lang === 'fr' ? 'moins de cinq' : 'fewer than five'} ${noun.many}`, plural: true }
  if (n <= 0) return undefined
  if (n === 1) return { text: `${countInWords(1, lang, noun.gender)} ${noun.one}`, plural: false }
  return { text: `${countInWords(n, lang, noun.gender)} ${noun.many}`, plural: true }
}

/** The period's years: "2019-2021", or "2020" when it starts and ends in the same year. */
export function periodYears(period: { from: string; to: string }): string {
  const from = period.from.slice(0, 4)
  const to = period.to.slice(0, 4)
  return from === to ? from : `${from}-${to}`
}

/** "Données au 27 novembre 2026", "Data as of November 27, 2026". */
export function dataLine(dataAsOf: string, lang: Lang): string {
  const date = formatDate(new Date(dataAsOf), lang)
  return lang === 'fr' ? `Données au ${date}` : `Data as of ${date}`
}

/** French: a sentence's first letter in lower case (a list item after "notamment :"), unless it starts an acronym. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('fr') + text.slice(1) : text
}
