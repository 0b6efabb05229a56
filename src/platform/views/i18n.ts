import type { Localized } from '../errors.js'

export type Lang = 'fr' | 'en'
export const langs: readonly Lang[] = ['fr', 'en']

/** Picks the text of a language. */
export function t(lang: Lang, text: Localized): string {
  return text[lang]
}

/** A number with fr-CA or en-CA grouping and decimals. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(n)
}

/** A size in bytes as people read it: "850 o", "12,4 Ko", "3,1 Mo" (kB, MB in English). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const text =
    unit === 0
      ? formatNumber(value, lang)
      : value.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 })
  return `${text} ${units[unit]}`
}

/** An amount in cents as Canadian dollars in the page's language: « 12 500,00 $ », "$12,500.00". */
export function formatMoney(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' }).format(
    cents / 100,
  )
}

/** A date (YYYY-MM-DD or Date) in long form: "26 novembre 2026", "1er août 2019", "November 26, 2026". */
export function formatDate(value: string | Date, lang: Lang): string {
  const d = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value
  return firstOfMonth(
    new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      dateStyle: 'long',
      timeZone: 'America/Toronto',
    }).format(d),
    lang,
  )
}

/** French writes the first of the month as an ordinal: "1er août 2019" (Intl gives "1 août 2019"). */
function firstOfMonth(text: string, lang: Lang): string {
  return lang === 'fr' ? text.replace(/^1 (?=\p{L})/u, '1er ') : text
}

/** An instant in Québec's time, date in long form and time: "26 novembre 2026 à 14 h 30", "November 26, 2026 at 2:30 p.m.". */
export function formatDateTime(instant: string | Date, lang: Lang): string {
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/Toronto',
  }).format(typeof instant === 'string' ? new Date(instant) : instant)
  return firstOfMonth(text, lang)
}

/**
 * One language's labels from a record of `{ fr, en }` texts, for `fieldsOf` and `ErrorSummary`. Entries that are not
 * such a text (a messages file's nested groups) are left out, as a label missing for a field.
 */
export function labelsIn(lang: Lang, labels: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(labels)) {
    const text = (value as Partial<Localized> | null)?.[lang]
    if (typeof text === 'string') out[key] = text
  }
  return out
}

/** The name of a record in a language, from its French and English columns (regions, directorates…). */
export function localName(lang: Lang, record: { nameFr: string; nameEn: string }): string {
  return lang === 'fr' ? record.nameFr : record.nameEn
}

/** French "de" before a phrase, elided before a vowel or a mute h ("d'une conseillère", "de deux agentes"). */
export function frenchDe(phrase: string): string {
  return /^[aâàeéèêiîoôuûh]/i.test(phrase) ? `d’${phrase}` : `de ${phrase}`
}

/** The other language: where a page's language link leads. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr'
}

/** A label and its value's separator: French puts a space before the colon ("Courriel : …", "Email: …"). */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' : ' : ': '
}
