import pg from 'pg'
import type { Db } from './database.js'

/** Rows per batch of a background export: a keyset page (or cursor fetch) the runner holds in memory at once. */
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

/** A Drizzle select, whole (no page condition, no limit), and the names of its selected fields in their order. */
export type WholeQuery = { query: { toSQL(): { sql: string; params: unknown[] } }; fields: readonly string[] }

/** The pool under a Drizzle handle on PostgreSQL (not a transaction, not the embedded database), or undefined. */
function poolOf(db: Db): pg.Pool | undefined {
  const client = (db as unknown as { $client?: unknown }).$client
  return client instanceof pg.Pool ? client : undefined
}

/**
 * Reads one ordered query through a server-side cursor, `size` rows per fetch, in one read-only snapshot on one pooled
 * connection: the planner reads the list once (sequential scan, hash joins, one sort) instead of walking an index
 * page after page, which costs a random heap read per row on a table larger than the cache. Rows come as the select's
 * fields (same driver parsers as Drizzle's: a date stays text, a count a number).
 */
export async function* cursorBatches<R>(pool: pg.Pool, whole: WholeQuery, size: number): AsyncIterable<readonly R[]> {
  const { sql, params } = whole.query.toSQL()
  const client = await pool.connect()
  let ok = false
  try {
    await client.query('begin isolation level repeatable read read only')
    // A cursor is planned for its first rows by default (an index walk again): this one is read to the end.
    await client.query('set local cursor_tuple_fraction = 1')
    await client.query({ text: `declare export_rows no scroll cursor for ${sql}`, values: params })
    const fetch = (): Promise<{ rows: unknown[][] }> =>
      client.query<unknown[]>({ text: `fetch ${size} from export_rows`, rowMode: 'array' })
    let pending = fetch()
    for (;;) {
      const { rows } = await pending
      const more = rows.length === size
      // The server reads the next rows while this batch is written.
      if (more) pending = fetch()
      pending.catch(() => {})
      if (rows.length > 0) yield rows.map((cells) => rowOf<R>(whole.fields, cells))
      if (!more) break
    }
    await client.query('commit')
    ok = true
  } finally {
    if (!ok) await client.query('rollback').catch(() => {})
    client.release()
  }
}

function rowOf<R>(fields: readonly string[], cells: unknown[]): R {
  const row: Record<string, unknown> = {}
  for (let i = 0; i < fields.length; i++) row[fields[i]!] = cells[i]
  return row as R
}

/**
 * A whole list in batches, in the key's order: through a cursor on PostgreSQL, by keyset pages on the embedded
 * database (one connection there: a snapshot held for the whole export would stop every other query meanwhile).
 */
export function exportBatches<R, K>(
  db: Db,
  read: {
    whole: WholeQuery
    page: (after: K | undefined, size: number) => Promise<readonly R[]>
    keyOf: (row: R) => K
  },
  size: number = EXPORT_BATCH_SIZE,
): AsyncIterable<readonly R[]> {
  const pool = poolOf(db)
  return pool ? cursorBatches<R>(pool, read.whole, size) : keysetBatches(read.page, read.keyOf, size)
}
