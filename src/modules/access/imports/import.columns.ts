import type { Localized } from '../../../platform/errors.js'
import type { ImportColumn } from './import.runner.js'

/** A documented column of a CSV import: its name, whether each row must fill it, what it holds in French and English. */
export const importColumn = (name: string, required: boolean, fr: string, en: string): ImportColumn => ({
  name,
  required,
  description: { fr, en } satisfies Localized,
})

/** A CSV column's snake_case name as the contract's camelCase field (`start_on` → `startOn`). */
export const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * A CSV row (snake_case columns, blanks absent) as a contract's input (camelCase fields); the cells of the `lists`
 * columns split on "|" (or ";" inside a quoted cell: the file itself may use ";" between columns, as a French-language
 * spreadsheet saves it).
 */
export function rowInput(row: Record<string, string>, lists: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      camel(k),
      lists.includes(k)
        ? v
            .split(/[|;]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    ]),
  )
}
