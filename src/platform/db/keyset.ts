/** Rows per batch of a background export: a keyset page the runner holds in memory at once. */
export const EXPORT_BATCH_SIZE = 2_000

/**
 * Reads a whole list page after page by keyset: `page(after, size)` answers at most `size` rows following the position
 * `after` (undefined: from the start), in the key's order; `keyOf` gives a row's position. Yields each non-empty page
 * and stops after the first short one, so a list is read in constant memory and one query per page.
 */
export async function* keysetBatches<R, K>(
  page: (after: K | undefined, size: number) => Promise<readonly R[]>,
  keyOf: (row: R) => K,
  size: number = EXPORT_BATCH_SIZE,
): AsyncIterable<readonly R[]> {
  let after: K | undefined
  for (;;) {
    const rows = await page(after, size)
    if (rows.length > 0) yield rows
    if (rows.length < size) return
    after = keyOf(rows[rows.length - 1]!)
  }
}
