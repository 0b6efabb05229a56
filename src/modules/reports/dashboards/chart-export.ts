import { excelJs } from '../../../platform/documents/excel.js'
import { csvOf } from '../../../platform/csv.js'
import type { Lang } from '../../../platform/views/i18n.js'
import type { ChartCell, ChartDef } from './chart.js'
import { cellValue } from './chart-format.js'

// A chart's rows as files. CSV: UTF-8 with a byte-order mark (so a spreadsheet reads the accents), comma-separated
// (RFC 4180, CRLF lines) in both languages, numbers with a decimal point and no grouping, money in dollars, months
// YYYY-MM; the header row has the columns' names in the reader's language; formula-looking text is defused
// (`platform/csv.ts`: organization names are typed by people). XLSX: one sheet, a bold header row, numbers typed as
// numbers.

export const CSV_TYPE = 'text/csv; charset=utf-8'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The chart's rows as CSV text (with its byte-order mark). */
export function chartCsv(chart: ChartDef, rows: Record<string, ChartCell>[], lang: Lang): string {
  const header = chart.columns.map((c) => c.label[lang])
  const lines = rows.map((row) => chart.columns.map((c) => cellValue(c, row[c.key] ?? null, lang)))
  return `\uFEFF${csvOf([header, ...lines])}`
}

const numberFormats: Partial<Record<string, string>> = {
  count: '#,##0',
  money: '#,##0.00 [$$-C0C]',
  days: '0.0',
  percent: '0.0',
}

/** A formula-looking text keeps its leading character as text: exceljs writes strings as strings, never formulas. */
export async function chartXlsx(chart: ChartDef, rows: Record<string, ChartCell>[], lang: Lang): Promise<Buffer> {
  const book = new (excelJs().Workbook)()
  const sheet = book.addWorksheet(chart.key.slice(0, 31))
  sheet.columns = chart.columns.map((c) => ({
    header: c.label[lang],
    key: c.key,
    width: Math.max(12, c.label[lang].length + 2),
    style: numberFormats[c.format] ? { numFmt: numberFormats[c.format] } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(chart.columns.map((c) => [c.key, cellValue(c, row[c.key] ?? null, lang)])))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The download's file name: the chart's key and the period (`dossiers-par-mois_2020-04-01_2021-03-31.csv`). */
export function exportFileName(chart: ChartDef, filter: { from: string; to: string }, format: 'csv' | 'xlsx'): string {
  return `${chart.key}_${filter.from}_${filter.to}.${format}`
}
