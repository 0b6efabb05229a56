import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import type { Lang } from '../../../platform/views/i18n.js'

// Countries (ISO 3166-1 alpha-2) named by the maintained `i18n-iso-countries`; languages (ISO 639-1) are in
// platform/languages.ts (organizations name theirs too).
const require = createRequire(import.meta.url)
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'))
countries.registerLocale(require('i18n-iso-countries/langs/en.json'))

/** Whether a code is an ISO 3166-1 alpha-2 country code ("CA", "HT"). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code)
}

/** A country's name in a language ("Haïti", "Haiti"); the code itself if unknown. */
export function countryName(code: string, lang: Lang): string {
  return countries.getName(code, lang) ?? code
}

/** Every country, sorted by its name in the language (the choices of a form). */
export function countryOptions(lang: Lang): { value: string; label: string }[] {
  const names = countries.getNames(lang, { select: 'official' })
  return Object.entries(names)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))
}
