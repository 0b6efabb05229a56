import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { Database } from '../database.js'
import { databaseMigration, listTables, readSequences } from './catalog.js'
import {
  BackupError,
  type BackupHeader,
  END_OF_ROWS,
  END_PREFIX,
  FORMAT_NAME,
  FORMAT_VERSION,
  quoteName,
  TABLE_PREFIX,
} from './format.js'
import { openSession, type Session } from './session.js'

/** Told after each table: its name, its rows, how many tables are done out of how many. */
export type Progress = (step: { table: string; rows: number; done: number; total: number }) => void

export type BackupSummary = { header: BackupHeader; tables: number; rows: number; bytes: number }

const NEWLINE = 0x0a

function countLines(chunk: Buffer): number {
  let n = 0
  for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) n++
  return n
}

/**
 * Writes a backup of the whole database to `file` (see format.ts), from one consistent snapshot (a read-only,
 * repeatable-read transaction: the server keeps serving meanwhile). Written to a temporary file renamed at the end,
 * so a failed backup never leaves a partial file under the name asked for.
 */
export async function writeBackup(
  database: Database,
  file: string,
  meta: { escaleVersion: string; now: Date },
  progress?: Progress,
): Promise<BackupSummary> {
  const session = await openSession(database, 'begin isolation level repeatable read read only')
  const partial = `${file}.partial-${process.pid}`
  try {
    const migration = await databaseMigration(session)
    if (!migration) throw new BackupError('no_database', 'Nothing to back up: this database was never migrated.')
    const header: BackupHeader = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      escaleVersion: meta.escaleVersion,
      migration,
      createdAt: meta.now.toISOString(),
      backend: database.kind,
    }
    const totals = { tables: 0, rows: 0 }
    await pipeline(content(session, header, totals, progress), createGzip(), fs.createWriteStream(partial))
    fs.renameSync(partial, file)
    return { header, ...totals, bytes: fs.statSync(file).size }
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    await session.rollback().catch(() => {})
  }
}

/** The uncompressed content, line by line; the SHA-256 covers every byte before the trailer. */
async function* content(
  session: Session,
  header: BackupHeader,
  totals: { tables: number; rows: number },
  progress?: Progress,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256')
  const emit = (data: Buffer | string) => {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data
    hash.update(chunk)
    return chunk
  }
  yield emit(`${JSON.stringify(header)}\n`)
  const tables = await listTables(session)
  const rows: Record<string, number> = {}
  for (const table of tables) {
    yield emit(`${TABLE_PREFIX}${JSON.stringify(table)}\n`)
    let count = 0
    const columns = table.columns.map((c) => quoteName(c)).join(', ')
    for await (const chunk of session.copyOut(`copy ${quoteName(table.name)} (${columns}) to stdout`)) {
      count += countLines(chunk)
      yield emit(chunk)
    }
    yield emit(`${END_OF_ROWS}\n`)
    rows[table.name] = count
    totals.tables++
    totals.rows += count
    progress?.({ table: table.name, rows: count, done: totals.tables, total: tables.length })
  }
  const sequences = await readSequences(session)
  yield Buffer.from(`${END_PREFIX}${JSON.stringify({ rows, sequences, sha256: hash.digest('hex') })}\n`)
}
