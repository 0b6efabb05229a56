import { z } from 'zod'
import { type Lang, localName } from '../../../platform/views/i18n.js'

/** The longest search the home page accepts: a region's name is under 40 characters. */
export const MAX_QUERY_LENGTH = 100

// `?q=a&q=b` (only from a hand-made address) arrives as an array: said plainly, not as a missing or mistyped field.
const oneSearch = { fr: 'Une seule recherche à la fois.', en: 'One search at a time.' }
const tooLong = {
  fr: `La recherche compte au plus ${MAX_QUERY_LENGTH} caractères. Raccourcissez-la.`,
  en: `A search has at most ${MAX_QUERY_LENGTH} characters. Shorten it.`,
}

/** The home page's query string: `q`, one string, trimmed, at most 100 characters (absent or blank: no search). */
export const regionSearchQuery = z.object({
  q: z
    .unknown()
    .refine((q) => !Array.isArray(q), { params: oneSearch, abort: true })
    .pipe(
      z
        .string()
        .trim()
        .refine((q) => q.length <= MAX_QUERY_LENGTH, { params: tooLong }),
    )
    .optional(),
})

/**
 * Text reduced to what a reader means by it: no accents, lower case, words separated by one space (hyphens, dashes,
 * apostrophes and other signs are word breaks), so "cote" finds Côte-Nord and "iles" finds Îles-de-la-Madeleine.
 */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// "St-Laurent", "Ste-Anne", "St. Lawrence": the usual abbreviations of Saint and Sainte, in French and in English.
const abbreviations: Record<string, string> = { st: 'saint', ste: 'sainte' }

// Every tile reads "Région 06" / "Region 06": the word alone holds for every region.
const regionWords = new Set(['region', 'regions'])

/**
 * The words of a query that mean something. A word of one letter is left out: it is an elided article or preposition
 * (l', d', s'), a stray initial or what is left of punctuation, and, found inside almost every name, it would match
 * most regions; a number is kept whatever its length (it names a region by its code).
 */
export function queryWords(q: string): string[] {
  return searchable(q)
    .split(' ')
    .filter((w) => w.length > 1 || /^\d$/.test(w))
    .map((w) => abbreviations[w] ?? w)
}

type Searchable = { code: string; nameFr: string; nameEn: string }

/** Whether one word of a query fits a region: its number ("6", "06"), the word "région", or part of its name. */
function fits(word: string, region: Searchable, name: string): boolean {
  if (/^\d+$/.test(word)) return Number(word) === Number(region.code)
  return regionWords.has(word) || name.includes(word)
}

/**
 * The regions that fit every meaningful word of the query (in any order) — part of the name in the page's language,
 * the region's number, or "région" — all of them for a blank query, none for a query with no meaningful word (only
 * signs, or a lone letter such as "l'").
 */
export function matchRegions<R extends Searchable>(regions: R[], q: string, lang: Lang): R[] {
  if (q.trim() === '') return regions
  const words = queryWords(q)
  if (words.length === 0) return []
  return regions.filter((r) => {
    const name = searchable(localName(lang, r))
    return words.every((w) => fits(w, r, name))
  })
}
