// Where a crash run keeps its data: a temporary data folder for the embedded database, or a database created for the
// run on the PostgreSQL server of DATABASE_URL; opened in the test process only while no server runs on it
// (embedded), and removed at the end whatever happened.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Database } from '../../src/platform/db/database.js'
import { openEmbedded, openPostgres } from '../../src/platform/db/open.js'
import type { ServerTarget } from './server.js'

export type CrashTarget = {
  server: ServerTarget
  kind: 'embedded' | 'postgresql'
  /** Opens the run's database in this process (embedded: takes the folder's lock, over a stale one). */
  open(): Promise<Database>
  /** The embedded folder's lock file (null on PostgreSQL). */
  lockFile: string | null
  remove(): Promise<void>
}

/** A fresh target for one run: embedded unless `databaseUrl` is given. */
export async function createTarget(databaseUrl: string | undefined): Promise<CrashTarget> {
  if (!databaseUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-crash-'))
    process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }))
    return {
      server: { dataDir },
      kind: 'embedded',
      open: () => openEmbedded({ dataDir }),
      lockFile: path.join(dataDir, 'escale.lock'),
      remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    }
  }
  const name = `escale_crash_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = await openPostgres(databaseUrl, { max: 1 })
  await admin.db.execute(sql.raw(`create database ${name} template template0`))
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return {
    server: { databaseUrl: url.toString() },
    kind: 'postgresql',
    open: () => openPostgres(url.toString(), { max: 2 }),
    lockFile: null,
    async remove() {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`))
      await admin.close()
    },
  }
}
