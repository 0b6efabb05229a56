import { z } from 'zod'

// The Escale backup format, version 1: one portable, logical file that any Escale of the same schema version restores,
// from and to either backend (embedded PGlite or a PostgreSQL server).
//
// The file is gzip; inside, UTF-8 lines:
//   {"format":"escale-backup","formatVersion":1,…}      the header (one JSON line, see `headerSchema`)
//   @table {"name":"access.users","columns":[…]}         then, for each table of the application schemas:
//   <rows in PostgreSQL's COPY text format>              one line per row (COPY escapes tabs and newlines in values)
//   \.                                                   the end of the table's rows (never a row: COPY writes `\\.`)
//   @end {"rows":{…},"sequences":{…},"sha256":"…"}       the trailer: rows per table, every sequence's state, and the
//                                                        SHA-256 of every byte before this line
// Generated columns are not stored (the database computes them again); the migrations table (`escale_meta`) is not
// stored either: restore migrates the target with its own migrations and refuses a file of another schema version.

export const FORMAT_NAME = 'escale-backup'
export const FORMAT_VERSION = 1
export const TABLE_PREFIX = '@table '
export const END_PREFIX = '@end '
export const END_OF_ROWS = '\\.'

export const headerSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int(),
  escaleVersion: z.string(),
  /** The last migration applied to the database backed up (its journal tag and time), and how many ran. */
  migration: z.object({ tag: z.string(), when: z.number(), count: z.number().int() }),
  createdAt: z.string(),
  backend: z.enum(['embedded', 'postgresql']),
})
export type BackupHeader = z.infer<typeof headerSchema>

export const tableSchema = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/),
  columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
})
export type BackupTable = z.infer<typeof tableSchema>

export const sequenceStateSchema = z.object({ value: z.number(), called: z.boolean() })
export type SequenceState = z.infer<typeof sequenceStateSchema>

export const trailerSchema = z.object({
  rows: z.record(z.string(), z.number().int().min(0)),
  sequences: z.record(z.string(), sequenceStateSchema),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type BackupTrailer = z.infer<typeof trailerSchema>

export type BackupProblem =
  | 'missing'
  | 'unreadable'
  | 'not_a_backup'
  | 'format_version'
  | 'truncated'
  | 'corrupted'
  | 'schema_version'
  | 'not_empty'
  | 'schema_mismatch'
  | 'exists'
  | 'no_database'

/** A refusal the user can act on (its message says what and why; never a stack trace): exit code 1. */
export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message)
  }
}

/** A SQL identifier quoted for PostgreSQL (`access.users` → `"access"."users"`). */
export function quoteName(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.')
}
