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
