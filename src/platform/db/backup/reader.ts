import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createGunzip } from 'node:zlib'
import {
  BackupError,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  END_OF_ROWS,
  END_PREFIX,
  FORMAT_NAME,
  FORMAT_VERSION,
  headerSchema,
  TABLE_PREFIX,
  tableSchema,
  trailerSchema,
} from './format.js'

/** What reading a backup yields, in file order; `rows` carries a batch of whole COPY lines (newlines included). */
export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: BackupTable }
  | { kind: 'rows'; table: BackupTable; chunk: Buffer; count: number }
  | { kind: 'tableEnd'; table: BackupTable; rows: number }
  | { kind: 'end'; trailer: BackupTrailer }

const NEWLINE = 0x0a
const BATCH_BYTES = 1024 * 1024

const corrupted = (why: string) =>
  new BackupError('corrupted', `The backup file is damaged (${why}); it cannot be restored. Use another copy.`)

/** Opens the file, with clear refusals for a missing, unreadable or non-gzip file. */
function openFile(file: string): fs.ReadStream {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new BackupError('missing', `No such file: ${file}`)
    if (code === 'EISDIR') throw new BackupError('unreadable', `This is a directory, not a backup file: ${file}`)
    throw new BackupError('unreadable', `Cannot read ${file} (${code ?? 'error'}).`)
  }
  const magic = Buffer.alloc(2)
  const read = fs.readSync(fd, magic, 0, 2, 0)
  if (read < 2 || magic[0] !== 0x1f || magic[1] !== 0x8b) {
    fs.closeSync(fd)
    throw new BackupError('not_a_backup', `Not an Escale backup (not a gzip file): ${file}`)
  }
  return fs.createReadStream(file, { fd })
}

/** The decompressed lines (without their newline), failing clearly on a truncated or damaged gzip stream. */
async function* lines(file: string): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0)
  const gunzip = openFile(file).pipe(createGunzip())
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk
      let start = 0
      for (let i = data.indexOf(NEWLINE); i !== -1; i = data.indexOf(NEWLINE, start)) {
        yield data.subarray(start, i)
        start = i + 1
      }
      rest = data.subarray(start)
    }
  } catch (error) {
    if (error instanceof BackupError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'Z_BUF_ERROR') throw truncated()
    throw corrupted(`compression: ${(error as Error).message}`)
  }
  if (rest.length > 0) throw truncated()
}

const truncated = () =>
  new BackupError('truncated', 'The backup file is incomplete (truncated); it cannot be restored. Use another copy.')

function parseJson<T>(text: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

function parseHeader(line: Buffer | undefined, file: string): BackupHeader {
  let raw: { format?: unknown; formatVersion?: unknown } | undefined
  try {
    raw = JSON.parse(line?.toString('utf8') ?? '')
  } catch {
    raw = undefined
  }
  if (!raw || typeof raw !== 'object' || raw.format !== FORMAT_NAME)
    throw new BackupError('not_a_backup', `Not an Escale backup (no Escale header): ${file}`)
  if (raw.formatVersion !== FORMAT_VERSION)
    throw new BackupError(
      'format_version',
      `This backup uses format version ${String(raw.formatVersion)}; this Escale reads version ${FORMAT_VERSION}.`,
    )
  const header = headerSchema.safeParse(raw)
  if (!header.success) throw corrupted('invalid header')
  return header.data
}

/** One table's rows, in batches of about BATCH_BYTES, until its end-of-rows line. */
class TableRows {
  private batch: Buffer[] = []
  private bytes = 0
  private count = 0
  rows = 0

  constructor(readonly table: BackupTable) {}

  /** Adds a row; the batch when it is full. */
  add(line: Buffer): BackupEvent | undefined {
    this.batch.push(line, Buffer.from('\n'))
    this.bytes += line.length + 1
    this.count++
    this.rows++
    return this.bytes >= BATCH_BYTES ? this.flush() : undefined
  }

  /** The rows not yet given, if any. */
  flush(): BackupEvent | undefined {
    if (this.count === 0) return undefined
    const event: BackupEvent = { kind: 'rows', table: this.table, chunk: Buffer.concat(this.batch), count: this.count }
    ;[this.batch, this.bytes, this.count] = [[], 0, 0]
    return event
  }
}

const isEndOfRows = (line: Buffer) => line.length === 2 && line.toString('latin1') === END_OF_ROWS

/** The trailer line, checked against what was read (counts, checksum), and nothing after it. */
async function readEnd(
  text: string,
  rest: AsyncGenerator<Buffer>,
  counts: Record<string, number>,
  sha256: string,
): Promise<BackupEvent> {
  if (!text.startsWith(END_PREFIX)) throw corrupted('unexpected line')
  const trailer = parseJson(text.slice(END_PREFIX.length), trailerSchema)
  if (!trailer) throw corrupted('invalid trailer')
  checkTrailer(trailer, counts, sha256)
  const after = await rest.next()
  if (!after.done) throw corrupted('data after the end')
  return { kind: 'end', trailer }
}

/**
 * Reads a backup from start to end, yielding its parts, and checks everything the file says about itself: the
 * structure, each table's row count and the SHA-256 of the content against the trailer, and that nothing follows it.
 * Nothing is trusted before the end: a consumer that loads rows must be ready to undo them (one transaction).
 */
export async function* readBackup(file: string): AsyncGenerator<BackupEvent> {
  const hash = createHash('sha256')
  const iterator = lines(file)
  const first = await iterator.next()
  if (first.done) throw new BackupError('not_a_backup', `Not an Escale backup (empty): ${file}`)
  const header = parseHeader(first.value, file)
  hash.update(first.value).update('\n')
  yield { kind: 'header', header }
  const counts: Record<string, number> = {}
  let current: TableRows | undefined
  for await (const line of iterator) {
    const text = current ? '' : line.toString('utf8')
    if (current || text.startsWith(TABLE_PREFIX)) hash.update(line).update('\n')
    if (current && !isEndOfRows(line)) {
      const full = current.add(line)
      if (full) yield full
    } else if (current) {
      const last = current.flush()
      if (last) yield last
      counts[current.table.name] = current.rows
      yield { kind: 'tableEnd', table: current.table, rows: current.rows }
      current = undefined
    } else if (text.startsWith(TABLE_PREFIX)) {
      const table = parseJson(text.slice(TABLE_PREFIX.length), tableSchema)
      if (!table || table.name in counts) throw corrupted('invalid table entry')
      current = new TableRows(table)
      yield { kind: 'table', table }
    } else {
      yield await readEnd(text, iterator, counts, hash.digest('hex'))
      return
    }
  }
  throw truncated()
}

function checkTrailer(trailer: BackupTrailer, counts: Record<string, number>, sha256: string): void {
  if (trailer.sha256 !== sha256) throw corrupted('checksum mismatch')
  const names = new Set([...Object.keys(trailer.rows), ...Object.keys(counts)])
  for (const name of names)
    if (trailer.rows[name] !== counts[name]) throw corrupted(`row count of ${name} does not match`)
}

export type BackupContents = { header: BackupHeader; trailer: BackupTrailer; tables: BackupTable[] }

/** Reads and checks the whole file without touching any database. */
export async function verifyBackup(file: string): Promise<BackupContents> {
  let header: BackupHeader | undefined
  const tables: BackupTable[] = []
  for await (const event of readBackup(file)) {
    if (event.kind === 'header') header = event.header
    if (event.kind === 'table') tables.push(event.table)
    if (event.kind === 'end') return { header: header!, trailer: event.trailer, tables }
  }
  throw truncated()
}
