import { csvOf } from '../../../platform/csv.js'
import type { Dictionary } from './opendata.dictionary.js'
import { dictionaryRows, fiscalYearName } from './opendata.dictionary.js'
import type { FiscalYears } from './opendata.queries.js'
import type { OpenDataTable } from './opendata.table.js'

// The files of the open data: each set as CSV (UTF-8, header, "<5" and "x" as text; `platform/csv.ts` defuses
// formula-looking names) and JSON, and the dictionary.

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
