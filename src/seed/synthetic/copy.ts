import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { from as copyFrom } from 'pg-copy-streams'
import type { Database } from '../../platform/db/database.js'

// Bulk loading in PostgreSQL's COPY text format. On a server, one `COPY … FROM STDIN` stream per table through
// pg-copy-streams (backpressure respected: memory stays flat whatever the row count); on the embedded database,
// PGlite's `COPY … FROM '/dev/blob'` (its documented `blob` query option) once per batch of rows.

export type CopyValue = string | number | boolean | null | undefined

const special = /[\\\t\n\r]/

function field(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N'
  if (typeof v !== 'string') return String(v)
  return special.test(v)
    ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : v
}

/** One row in COPY text format (tab-separated, `\N` for null, backslash escapes). */
export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map(field).join('\t')}\n`
}

/** A PostgreSQL array literal of simple codes or ids (no quoting needed). */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.join(',')}}`
}

/** One step of a bulk load: `units` records, each giving rows to one or more tables (written one table at a time). */
export type Step = {
  label: string
  units: number
  tables: { name: string; columns: readonly string[] }[]
  /** The rows of unit `i`, one list per table of the step. */
  rowsOf(i: number): CopyValue[][][]
}

/** Rows of one table on their way in: `add` buffers, a full buffer is sent, `end` sends the rest. */
export type TableWriter = { add(line: string): Promise<void>; end(): Promise<number> }

/** A bulk session on one connection, inside one transaction: all or nothing. */
export type BulkSession = {
  table(name: string, columns: readonly string[]): Promise<TableWriter>
  execute(statement: string): Promise<void>
  commit(): Promise<void>
  rollback(): Promise<void>
}

function batching(size: number, send: (chunk: string) => Promise<void>, close: () => Promise<void>): TableWriter {
  let lines: string[] = []
  let count = 0
  return {
    async add(line) {
      lines.push(line)
      count++
      if (lines.length >= size) {
        const chunk = lines.join('')
        lines = []
        await send(chunk)
      }
    },
    async end() {
      if (lines.length > 0) await send(lines.join(''))
      lines = []
      await close()
      return count
    },
  }
}

/** Opens a bulk session on the database's own driver (see `Database.driver`). */
export async function openBulkSession(database: Database): Promise<BulkSession> {
  const driver = database.driver
  if (!driver) throw new Error('This database handle does not expose its driver for bulk loading.')
  if (driver.kind === 'embedded') {
    const client = driver.client
    await client.exec('begin')
    return {
      async table(name, columns) {
        const statement = `copy ${name} (${columns.join(', ')}) from '/dev/blob'`
        return batching(
          5_000,
          async (chunk) => void (await client.query(statement, [], { blob: new Blob([chunk]) })),
          async () => {},
        )
      },
      execute: async (statement) => void (await client.exec(statement)),
      commit: async () => void (await client.exec('commit')),
      rollback: async () => void (await client.exec('rollback')),
    }
  }
  const client = await driver.pool.connect()
  await client.query('begin')
  const release = () => client.release()
  return {
    async table(name, columns) {
      const stream = client.query(copyFrom(`copy ${name} (${columns.join(', ')}) from stdin`))
      return batching(
        2_000,
        async (chunk) => {
          if (!stream.write(chunk)) await once(stream, 'drain')
        },
        async () => {
          stream.end()
          await finished(stream)
        },
      )
    },
    execute: async (statement) => void (await client.query(statement)),
    commit: async () => {
      await client.query('commit').finally(release)
    },
    rollback: async () => {
      await client.query('rollback').finally(release)
    },
  }
}
