// CSV as RFC 4180 writes it (comma-separated, CRLF lines, quotes doubled), for every download and export that a
// spreadsheet may open: dashboards, open data.

/**
 * A CSV cell: null and undefined are empty, numbers are written as they are (a negative amount stays a number), and a
 * text starting with = + - @ (or a tab or carriage return) is prefixed with a quote `'` so that a spreadsheet does not
 * run it as a formula (OWASP "CSV injection": names and titles are typed by people); then quoted when it holds a
 * comma, a quote or a line break.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const raw = String(value)
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** Lines of cells as CSV text, each line ended by CRLF. */
export function csvOf(lines: readonly (readonly unknown[])[]): string {
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}
