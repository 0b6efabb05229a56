import type { Dictionary } from './opendata.dictionary.js'
import { dictionaryRows, fiscalYearName } from './opendata.dictionary.js'
import type { FiscalYears } from './opendata.queries.js'
import type { OpenDataTable } from './opendata.table.js'

// The files of the open data: each set as CSV (UTF-8, header, "<5" and "x" as text) and JSON, and the dictionary.

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. Text starting with = + - @ (or a tab or
 * carriage return) is prefixed with a quote `'` so that a spreadsheet does not run it as a formula (names come from
 * the database). Numbers are written as they are (a negative amount is not text).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(String(value)) ? `'${String(value)}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Lines of cells as CSV, CRLF-separated (RFC 4180). */
export function csvOf(lines: readonly (readonly unknown[])[]): string {
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** A set's table as CSV. */
export function tableCsv(table: OpenDataTable): string {
  return csvOf([table.columns, ...table.rows.map((row) => table.columns.map((c) => row[c]))])
}

/** A set's table as JSON: its name, title, period, generation time, columns and rows. */
export function tableJson(table: OpenDataTable, years: FiscalYears, generatedAt: Date): string {
  const body = {
    dataset: table.dataset.name,
    title: table.dataset.title,
    period: { from: fiscalYearName(years.from), to: fiscalYearName(years.to) },
    generatedAt: generatedAt.toISOString(),
    columns: table.columns,
    rows: table.rows,
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** The dictionary as CSV. */
export function dictionaryCsv(dict: Dictionary): string {
  return csvOf(dictionaryRows(dict))
}

/** The dictionary as JSON. */
export function dictionaryJson(dict: Dictionary): string {
  return `${JSON.stringify(dict, null, 2)}\n`
}
