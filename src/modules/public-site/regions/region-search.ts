import { z } from 'zod'
import { type Lang, localName } from '../../../platform/views/i18n.js'

/** The longest search the home page accepts: a region's name is under 40 characters. */
export const MAX_QUERY_LENGTH = 100

/** The home page's query string: `q`, trimmed, at most 100 characters (absent or blank: no search). */
export const regionSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .refine((q) => q.length <= MAX_QUERY_LENGTH, {
      params: {
        fr: `La recherche compte au plus ${MAX_QUERY_LENGTH} caractères. Raccourcissez-la.`,
        en: `A search has at most ${MAX_QUERY_LENGTH} characters. Shorten it.`,
      },
    })
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

/**
 * The regions whose name in the page's language holds every word of the query (in any order); all of them for a blank
 * query, none for a query with no letter or digit.
 */
export function matchRegions<R extends { nameFr: string; nameEn: string }>(regions: R[], q: string, lang: Lang): R[] {
  if (q.trim() === '') return regions
  const words = searchable(q).split(' ').filter(Boolean)
  if (words.length === 0) return []
  return regions.filter((r) => {
    const name = searchable(localName(lang, r))
    return words.every((w) => name.includes(w))
  })
}
