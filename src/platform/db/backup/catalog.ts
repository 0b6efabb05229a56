import fs from 'node:fs'
import path from 'node:path'
import { migrationsFolder } from '../migrate.js'
import type { BackupTable, SequenceState } from './format.js'
import { quoteName } from './format.js'
import type { Session } from './session.js'

// What a backup holds: every ordinary table of the application schemas (all but PostgreSQL's own, and escale_meta,
// whose migrations table each database fills itself), minus tables that belong to an extension.
const APPLICATION_SCHEMAS = `n.nspname not in ('pg_catalog', 'information_schema', 'escale_meta')
  and n.nspname not like 'pg\\_%'`

const notExtensionMember = `not exists (select 1 from pg_depend d
  where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`

/** The application tables and their stored columns (generated ones excluded), in name order. */
export async function listTables(session: Session): Promise<BackupTable[]> {
  return session.query<BackupTable>(`
    select n.nspname || '.' || c.relname as name,
      json_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where c.relkind = 'r' and ${APPLICATION_SCHEMAS} and ${notExtensionMember}
    group by n.nspname, c.relname
    order by 1`)
}

/** Every sequence of the application schemas (identity ones included) with its state. */
export async function readSequences(session: Session): Promise<Record<string, SequenceState>> {
  const names = await session.query<{ name: string }>(`
    select n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'S' and ${APPLICATION_SCHEMAS} and ${notExtensionMember}
    order by 1`)
  if (names.length === 0) return {}
  const rows = await session.query<{ name: string; value: string | number; called: boolean }>(
    names
      .map(({ name }) => `select '${name}' as name, last_value as value, is_called as called from ${quoteName(name)}`)
      .join(' union all '),
  )
  return Object.fromEntries(rows.map((r) => [r.name, { value: Number(r.value), called: r.called }]))
}

/** Sets every sequence to the state it had in the backup. */
export async function writeSequences(session: Session, sequences: Record<string, SequenceState>): Promise<void> {
  for (const [name, state] of Object.entries(sequences))
    await session.query('select setval($1::regclass, $2, $3)', [quoteName(name), state.value, state.called])
}

type Journal = { entries: { idx: number; when: number; tag: string }[] }

function readJournal(): Journal['entries'] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal
  return journal.entries
}

/** The schema version this Escale migrates to: its last migration. */
export function codeMigration(): { tag: string; when: number; count: number } {
  const entries = readJournal()
  const last = entries.at(-1)!
  return { tag: last.tag, when: last.when, count: entries.length }
}

/** The schema version of a database (its last applied migration), or undefined when it was never migrated. */
export async function databaseMigration(session: Session) {
  const [exists] = await session.query<{ found: boolean }>(
    `select to_regclass('escale_meta.migrations') is not null as found`,
  )
  if (!exists?.found) return undefined
  const [row] = await session.query<{ when: string | number | null; count: string | number }>(
    'select max(created_at)::text as "when", count(*) as count from escale_meta.migrations',
  )
  if (!row || row.when === null) return undefined
  const when = Number(row.when)
  const tag = readJournal().find((e) => e.when === when)?.tag ?? `unknown (${when})`
  return { tag, when, count: Number(row.count) }
}

/**
 * The tables the migrations fill themselves (reference data: regions, MRCs, CNP, SCIAN, programs, catalogues, the
 * audit chain's head): every table named by an `INSERT INTO` of a migration. Rows there do not make a database
 * "not empty"; restore replaces them with the backup's (same schema version, so the same reference data unless an
 * administrator edited it since).
 */
export function migrationFilledTables(): Set<string> {
  const names = new Set<string>()
  for (const file of fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql'))) {
    const text = fs.readFileSync(path.join(migrationsFolder, file), 'utf8')
    for (const m of text.matchAll(/insert\s+into\s+"?([a-z_][a-z0-9_]*)"?\."?([a-z_][a-z0-9_]*)"?/gi))
      names.add(`${m[1]!.toLowerCase()}.${m[2]!.toLowerCase()}`)
  }
  return names
}

/** The tables other than those the migrations fill that hold at least one row (one query). */
export async function tablesWithData(session: Session, tables: BackupTable[]): Promise<string[]> {
  const filled = migrationFilledTables()
  const candidates = tables.filter((t) => !filled.has(t.name))
  if (candidates.length === 0) return []
  const rows = await session.query<{ name: string }>(
    candidates
      .map((t) => `select '${t.name}' as name where exists (select 1 from ${quoteName(t.name)})`)
      .join(' union all '),
  )
  return rows.map((r) => r.name)
}
