// Test-only export sources (imported by the exports' tests, never by the application): numbers 1..n, computed in
// batches as they are asked for, and a source whose second batch waits until the test lets it go.
import { z } from 'zod'
import { defineExportSource } from './export.contracts.js'

export type NumberRow = { i: number; label: string; note: string }

export const numberFilters = z.object({
  n: z.coerce.number({ error: 'Un nombre entier.' }).int().min(0).max(1_000_000).default(10),
  note: z.string().max(20).optional(),
})

function rowOf(i: number, note: string | undefined): NumberRow {
  return { i, label: `Élément n° ${i}, « ${i % 2 === 0 ? 'pair' : 'impair'} »`, note: note ?? '=1+1' }
}

const columns = [
  { header: { fr: 'Numéro', en: 'Number' }, value: (r: NumberRow) => r.i },
  { header: { fr: 'Libellé', en: 'Label' }, value: (r: NumberRow) => r.label },
  { header: { fr: 'Note', en: 'Note' }, value: (r: NumberRow) => r.note },
]

/** Numbers 1..n in batches of `batch` rows, built only when the runner asks for the next one. */
export function numbersSource(batch = 1000) {
  return defineExportSource({
    name: 'numbers',
    title: { fr: 'Nombres', en: 'Numbers' },
    permission: 'people.read',
    filters: numberFilters,
    columns,
    async count(_ctx, f) {
      return f.n
    },
    async *batches(_ctx, f) {
      for (let start = 1; start <= f.n; start += batch) {
        const rows: NumberRow[] = []
        for (let i = start; i < Math.min(start + batch, f.n + 1); i++) rows.push(rowOf(i, f.note))
        yield rows
      }
    },
  })
}

/** Two batches of 3 rows; the second waits for `release()` (to cancel an export while it runs). */
export function gatedSource() {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const source = defineExportSource({
    name: 'gated',
    title: { fr: 'Lente', en: 'Slow' },
    permission: 'people.read',
    filters: z.object({}),
    columns,
    async count() {
      return 6
    },
    async *batches() {
      yield [rowOf(1, 'a'), rowOf(2, 'b'), rowOf(3, 'c')]
      await gate
      yield [rowOf(4, 'd'), rowOf(5, 'e'), rowOf(6, 'f')]
    },
  })
  return { source, release: () => release() }
}
