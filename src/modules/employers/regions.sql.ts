import { inArray, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

// The one way this module's lists keep the rows of some regions (territory's `regionFilter` gives the codes).

/** The regions a list reads: every region, or these. */
export type RegionCodes = 'all' | readonly string[]

/** SQL condition: a column holds one of the regions (always true for 'all', always false for none). */
export function inRegions(column: AnyPgColumn, codes: RegionCodes): SQL {
  if (codes === 'all') return sql`true`
  if (codes.length === 0) return sql`false`
  return inArray(column, [...codes])
}
