import type { PublicCount } from './bilan/bilan.model.js'

/**
 * Small-cell suppression of one count published to the public or in open data (DESIGN.md): 1 to 4 become "<5", so
 * that nobody can be singled out; 0 and 5 or more are shown. Complementary suppression of a table is in
 * `opendata/suppression.ts`.
 */
export function smallCell(n: number): PublicCount {
  return n >= 1 && n <= 4 ? '<5' : n
}
