import type { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type pg from 'pg'

/** A Drizzle database or transaction on either backend; data functions take it as first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>

export type DatabaseKind = 'embedded' | 'postgresql'

/** An open database: the Drizzle handle, which backend it is, and how to close it. */
export type Database = {
  db: Db
  kind: DatabaseKind
  /** Server only: the connection URL (migrations take a session lock on a dedicated connection). */
  url?: string
  close(): Promise<void>
  /** Embedded only: the whole data folder as a tarball (tests clone a migrated database from it). */
  snapshot?(): Promise<Blob>
  /**
   * The driver under Drizzle, for bulk loads only (`escale seed synthetic` streams COPY through it, which Drizzle
   * does not do). Everything else goes through `db`.
   */
  driver?: { kind: 'embedded'; client: PGlite } | { kind: 'postgresql'; pool: pg.Pool }
}

/** Rows of a raw `sql` query on either driver (both answer `{ rows }`). */
export async function queryRows<T>(db: Db, query: Parameters<Db['execute']>[0]): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}
