import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Database, Db } from './database.js'
import { acquireDirectoryLock } from './lock.js'

// PostgreSQL type OIDs whose JS value differs between `pg` and PGlite; both are normalised to these.
const INT8 = 20
const DATE = 1082

/** Counts and ids fit in a double here; a date stays the 'YYYY-MM-DD' text it is in SQL (no timezone shift). */
const parseInt8 = (v: string) => Number(v)
const parseDate = (v: string) => v

export const embeddedExtensions = { pg_trgm, unaccent }

/**
 * Opens the embedded database persisted in `dataDir` (taking an app-level lock), or in memory when dataDir is null.
 *
 * Durability: PGlite mounts the folder through Emscripten's NODEFS, whose writes are synchronous `fs.writeSync` calls,
 * and commits write their WAL before answering; so a killed process (SIGKILL, crash) loses no acknowledged commit:
 * reliability/crash.test.ts kills the server under load and checks it. PGlite runs PostgreSQL with fsync off (`-F`)
 * and NODEFS has no fsync (`relaxedDurability` only matters for browser file systems), so an operating-system crash or
 * a power loss may lose the last commits: back the folder up (`escale backup`) or use PostgreSQL where that matters.
 */
export async function openEmbedded(options: { dataDir: string | null; loadDataDir?: Blob }): Promise<Database> {
  let release = async () => {}
  let dir: string | undefined
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true })
    release = acquireDirectoryLock(options.dataDir)
    dir = path.join(options.dataDir, 'pgdata')
  }
  try {
    const client = await PGlite.create({
      ...(dir ? { dataDir: dir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: embeddedExtensions,
      parsers: { [INT8]: parseInt8, [DATE]: parseDate },
    })
    const db = drizzlePglite(client) as unknown as Db
    return {
      db,
      kind: 'embedded',
      async close() {
        await client.close()
        await release()
      },
      snapshot: () => client.dumpDataDir('none') as Promise<Blob>,
      driver: { kind: 'embedded', client },
    }
  } catch (error) {
    await release()
    throw error
  }
}

// Drizzle's node-postgres driver passes its own per-query parsers that fall back to the global ones,
// so the normalisation has to be set globally for `pg`.
pg.types.setTypeParser(INT8, parseInt8)
pg.types.setTypeParser(DATE, parseDate)

/** Opens a pool on a PostgreSQL server. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  // Sessions in UTC, as the embedded database is: raw timestamps then read the same on both.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, options: '-c TimeZone=UTC' })
  // An idle connection closed by the server (restart, failover, admin) must not crash the process:
  // the pool discards that client and opens another; queries in flight get their own errors.
  pool.on('error', () => {})
  // Fail fast with a clear error if the server is unreachable.
  const client = await pool.connect()
  client.release()
  const db = drizzlePg(pool) as unknown as Db
  return { db, kind: 'postgresql', url, close: () => pool.end(), driver: { kind: 'postgresql', pool } }
}

/** Opens what the configuration asks for: a server when DATABASE_URL is set, the embedded database otherwise. */
export function openDatabase(config: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openEmbedded({ dataDir: config.dataDir })
}
