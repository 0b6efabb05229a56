import type { AnyExportSource, Ctx } from '../src/modules/access/index.js'
import type { Lang } from '../src/platform/views/i18n.js'

/** What an export source gives a caller: its batches' sizes, every row's cells in a language, and its count. */
export async function exportOf(
  source: AnyExportSource,
  ctx: Ctx,
  filters: Record<string, unknown> = {},
  lang: Lang = 'fr',
) {
  const parsed = source.filters.parse(filters)
  const sizes: number[] = []
  const cells: (string | number | null)[][] = []
  for await (const batch of source.batches(ctx, parsed)) {
    sizes.push(batch.length)
    for (const row of batch) cells.push(source.columns.map((c) => c.value(row, lang)))
  }
  return { sizes, cells, count: await source.count(ctx, parsed), headers: source.columns.map((c) => c.header[lang]) }
}

/** The cells of the column with this header (as `exportOf` gave them). */
export function column(result: { headers: string[]; cells: (string | number | null)[][] }, header: string) {
  const i = result.headers.indexOf(header)
  if (i < 0) throw new Error(`no column ${header} in ${result.headers.join(', ')}`)
  return result.cells.map((row) => row[i])
}
