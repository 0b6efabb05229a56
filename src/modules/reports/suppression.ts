import type { PublicCount } from './bilan/bilan.model.js'

/** Whether a count is small enough to single someone out: 1 to 4 (DESIGN.md, "moins de 5"). */
export function isSmallCount(n: number): boolean {
  return n >= 1 && n <= 4
}

/**
 * Small-cell suppression of one count published to the public or in open data (DESIGN.md): 1 to 4 become "<5", so
 * that nobody can be singled out; 0 and 5 or more are shown. Complementary suppression of a table is in
 * `opendata/suppression.ts`.
 */
export function smallCell(n: number): PublicCount {
  return isSmallCount(n) ? '<5' : n
}
