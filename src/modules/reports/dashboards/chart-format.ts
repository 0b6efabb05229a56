import { formatMoney, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import type { ChartCell, ChartColumn } from './chart.js'

// How a chart's cells read: on the page and in the PDF (formatted in fr-CA / en-CA), and in the CSV and XLSX (plain
// values a spreadsheet computes with: numbers as numbers, money in dollars, months as YYYY-MM, codes by their name).

const unit = { days: { fr: 'j', en: 'd' } }

/** A `YYYY-MM` month in words: "janvier 2020", "January 2020" (`short`: "janv. 2020", "Jan 2020", for an axis). */
export function monthText(month: string, lang: Lang, width: 'long' | 'short' = 'long'): string {
  const d = new Date(`${month}-15T12:00:00Z`)
  if (Number.isNaN(d.getTime())) return month
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { month: width, year: 'numeric' }).format(d)
}

/** A cell as the page, the PDF and the chart's labels show it ('' for nothing). */
export function cellText(column: ChartColumn, value: ChartCell, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  switch (column.format) {
    case 'count':
      return formatNumber(n, lang)
    case 'money':
      return formatMoney(n, lang)
    case 'days':
      return `${formatNumber(Math.round(n * 10) / 10, lang)} ${unit.days[lang]}`
    case 'percent':
      return `${formatNumber(Math.round(n * 10) / 10, lang)}${lang === 'fr' ? ' %' : '%'}`
    case 'month':
      return monthText(String(value), lang)
    default:
      return column.codes?.[String(value)]?.[lang] ?? String(value)
  }
}

/** A cell as the CSV and the XLSX hold it: a number for the figures (money in dollars), text otherwise, null empty. */
export function cellValue(column: ChartColumn, value: ChartCell, lang: Lang): string | number | null {
  if (value === null || value === undefined) return null
  if (column.format === 'text') return column.codes?.[String(value)]?.[lang] ?? String(value)
  if (column.format === 'month') return String(value)
  const n = Number(value)
  return column.format === 'money' ? n / 100 : n
}
