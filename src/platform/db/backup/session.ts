import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import type { Database } from '../database.js'

// One connection holding one transaction, with COPY in both directions, on either driver. On a server, COPY streams
// through pg-copy-streams (backpressure respected: memory stays flat whatever the table's size). The embedded
// database (PGlite) runs in this process and copies through its documented `/dev/blob` device: a table out is one
// blob, rows in go by batches. PGlite has a single session: `begin` here holds it for the whole backup or restore,
// which is right for the CLI (the only user of its database; a running server holds the folder's lock) and would not
// be inside a server process sharing the client.

/** Rows going into one table by COPY: `write` a chunk of whole lines, `end` returns the rows loaded. */
export type CopyIn = { write(chunk: Buffer): Promise<void>; end(): Promise<number> }

export type Session = {
  query<T>(text: string, params?: unknown[]): Promise<T[]>
  /** The table's rows in COPY text format, in chunks of whole lines. */
  copyOut(statement: string): AsyncIterable<Buffer>
  copyIn(statement: string): Promise<CopyIn>
  commit(): Promise<void>
  rollback(): Promise<void>
}

type Driver = NonNullable<Database['driver']>
type PgliteClient = Extract<Driver, { kind: 'embedded' }>['client']
type ServerPool = Extract<Driver, { kind: 'postgresql' }>['pool']

/** Opens a session on the database's driver and begins a transaction with `begin` (e.g. `begin isolation level …`). */
export async function openSession(database: Database, begin = 'begin'): Promise<Session> {
  const driver = database.driver
  if (!driver) throw new Error('This database handle does not expose its driver.')
  return driver.kind === 'embedded' ? embeddedSession(driver.client, begin) : serverSession(driver.pool, begin)
}

/** The embedded database's single session; COPY through its `/dev/blob` device. */
async function embeddedSession(client: PgliteClient, begin: string): Promise<Session> {
  await client.exec(begin)
  return {
    query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    async *copyOut(statement) {
      const result = await client.query(statement.replace(/ to stdout$/i, " to '/dev/blob'"))
      if (result.blob) yield Buffer.from(await result.blob.arrayBuffer())
    },
    copyIn: async (statement) => embeddedCopyIn(client, statement.replace(/ from stdin$/i, " from '/dev/blob'")),
    commit: async () => void (await client.exec('commit')),
    rollback: async () => void (await client.exec('rollback')),
  }
}

/** One connection of the server's pool, released at commit or rollback; COPY through pg-copy-streams. */
async function serverSession(pool: ServerPool, begin: string): Promise<Session> {
  const client = await pool.connect()
  try {
    await client.query(begin)
  } catch (error) {
    client.release()
    throw error
  }
  return {
    query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
    copyOut: (statement) => client.query(copyTo(statement)),
    copyIn: async (statement) => serverCopyIn(client.query(copyFrom(statement))),
    commit: async () => void (await client.query('commit').finally(() => client.release())),
    rollback: async () => void (await client.query('rollback').finally(() => client.release())),
  }
}

/**
 * A `COPY … FROM STDIN` on the server. The server may refuse a row while the file is still being sent: the stream then
 * errors once and never drains, so each write and the end check that error first (a write waiting for 'drain' also
 * stops at 'close'), and the caller can roll back instead of waiting forever.
 */
function serverCopyIn(stream: ReturnType<typeof copyFrom>): CopyIn {
  let failure: Error | undefined
  stream.on('error', (error: Error) => {
    failure = error
  })
  const check = () => {
    if (failure) throw failure
  }
  return {
    async write(chunk) {
      check()
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'close')])
      check()
    },
    async end() {
      check()
      stream.end()
      await finished(stream)
      return stream.rowCount
    },
  }
}

/** Batches of about 4 MB, each one `COPY … FROM '/dev/blob'`. */
function embeddedCopyIn(client: PgliteClient, statement: string): CopyIn {
  let pending: Buffer[] = []
  let size = 0
  let rows = 0
  const flush = async () => {
    if (size === 0) return
    const result = await client.query(statement, [], { blob: new Blob(pending as unknown as BlobPart[]) })
    rows += result.affectedRows ?? 0
    pending = []
    size = 0
  }
  return {
    async write(chunk) {
      pending.push(chunk)
      size += chunk.length
      if (size >= 4 * 1024 * 1024) await flush()
    },
    async end() {
      await flush()
      return rows
    },
  }
}
