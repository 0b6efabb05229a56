import { formatNumber, type Lang } from '../../../platform/views/i18n.js'

const frWords = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
const enWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/**
 * A count as prose: under ten in words, as the Bilan writes them ("sept ententes", "trois points de services"),
 * otherwise a figure with the language's grouping ("1 234" with a no-break space in French). `gender` is the French
 * noun's, for "une".
 */
export function countInWords(n: number, lang: Lang, gender: 'm' | 'f' = 'm'): string {
  if (Number.isInteger(n) && n >= 0 && n < 10) {
    if (lang === 'fr' && n === 1 && gender === 'f') return 'une'
    return (lang === 'fr' ? frWords : enWords)[n]!
  }
  return formatNumber(n, lang)
}
