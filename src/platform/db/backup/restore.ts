import type { Database } from '../database.js'
import { codeMigration, listTables, tablesWithData, writeSequences } from './catalog.js'
import { BackupError, type BackupTable, quoteName } from './format.js'
import { type BackupContents, readBackup, verifyBackup } from './reader.js'
import { openSession, type Session, type CopyIn } from './session.js'
import type { Progress } from './writer.js'

export type RestoreSummary = BackupContents & { rows: number }

/** Refuses a backup of another schema version than this Escale's (checked on the file alone). */
export function checkSchemaVersion(contents: BackupContents): void {
  const mine = codeMigration()
  const theirs = contents.header.migration
  if (theirs.when === mine.when) return
  const advice =
    theirs.when < mine.when
      ? 'Restore it with the Escale version that made it, then upgrade that installation.'
      : 'Upgrade this Escale to the version that made it first.'
  throw new BackupError(
    'schema_version',
    `This backup is of another schema version: it was made at migration ${theirs.tag} (Escale ${contents.header.escaleVersion}); this Escale is at ${mine.tag}. ${advice}`,
  )
}

/** Checks the whole file (structure, counts, checksum, schema version) without touching any database. */
export async function checkBackup(file: string): Promise<BackupContents> {
  const contents = await verifyBackup(file)
  checkSchemaVersion(contents)
  return contents
}

/**
 * Restores a backup into a migrated database of the same schema version, in ONE transaction: first the whole file is
 * checked (nothing touched), then the target's tables are compared with the file's, a target holding data is refused
 * unless `replace`, every table is emptied and loaded, every sequence set back, and the file is checked again as it is
 * read (it could change in between); any failure rolls everything back. Triggers and foreign-key checks are off for
 * the transaction (`session_replication_role = replica`): the rows come from a consistent snapshot, and the audit log's
 * hash chain and published Bilans must be loaded as they are, not rewritten by their triggers.
 */
export async function restoreBackup(
  database: Database,
  file: string,
  options: { replace: boolean; checked?: BackupContents },
  progress?: Progress,
): Promise<RestoreSummary> {
  // Checked by the caller already (before it opened the database): the load checks the checksum again anyway.
  const contents = options.checked ?? (await checkBackup(file))
  const session = await openSession(database)
  try {
    await session.query('set local session_replication_role = replica')
    const tables = await listTables(session)
    checkSameTables(contents.tables, tables)
    const holding = await tablesWithData(session, tables)
    if (holding.length > 0 && !options.replace) throw notEmpty(holding)
    await session.query(`truncate ${tables.map((t) => quoteName(t.name)).join(', ')}`)
    const rows = await load(session, file, contents, progress)
    await writeSequences(session, contents.trailer.sequences)
    await session.commit()
    return { ...contents, rows }
  } catch (error) {
    await session.rollback().catch(() => {})
    throw error
  }
}

// The records a user knows, named first when the target holds them (its biggest kinds, in the user's terms).
const MAIN_RECORDS = [
  'people.persons',
  'people.dossiers',
  'people.interventions',
  'partners.organizations',
  'partners.agreements',
  'employers.enterprises',
  'access.users',
]

/** A table as a kind of record: `people.dossier_events` → "dossier events". */
const recordKind = (table: string) => table.slice(table.indexOf('.') + 1).replace(/_/g, ' ')

function notEmpty(tables: string[]): BackupError {
  const rank = (t: string) => (MAIN_RECORDS.includes(t) ? MAIN_RECORDS.indexOf(t) : MAIN_RECORDS.length)
  const named = [...tables].sort((a, b) => rank(a) - rank(b)).slice(0, 3)
  const count = `${tables.length} ${tables.length === 1 ? 'table' : 'tables'}`
  const shown = `${named.map(recordKind).join(', ')}${tables.length > named.length ? ', …' : ''}: ${count}`
  return new BackupError(
    'not_empty',
    `The target database already holds data (${shown}). Nothing was changed. Use --replace to overwrite it with the backup.`,
  )
}

function checkSameTables(inFile: BackupTable[], inDatabase: BackupTable[]): void {
  const key = (t: BackupTable) => `${t.name}(${t.columns.join(',')})`
  const expected = new Set(inDatabase.map(key))
  const found = new Set(inFile.map(key))
  const differ = [...expected].filter((k) => !found.has(k)).concat([...found].filter((k) => !expected.has(k)))
  if (differ.length > 0)
    throw new BackupError(
      'schema_mismatch',
      `The backup's tables do not match this database's (${differ[0]!.replace(/\(.*/, '')}…). Nothing was changed.`,
    )
}

/** Second pass over the file: each table's rows by COPY; counts and checksum checked again by the reader. */
async function load(session: Session, file: string, contents: BackupContents, progress?: Progress) {
  let copy: CopyIn | undefined
  let loading: string | undefined
  let done = 0
  let total = 0
  try {
    for await (const event of readBackup(file)) {
      if (event.kind === 'table') {
        loading = event.table.name
        const columns = event.table.columns.map((c) => quoteName(c)).join(', ')
        copy = await session.copyIn(`copy ${quoteName(event.table.name)} (${columns}) from stdin`)
      } else if (event.kind === 'rows') {
        await copy!.write(event.chunk)
      } else if (event.kind === 'tableEnd') {
        const loaded = await copy!.end()
        copy = undefined
        loading = undefined
        if (loaded !== event.rows)
          throw new BackupError('corrupted', `Loaded ${loaded} rows of ${event.table.name} instead of ${event.rows}.`)
        total += loaded
        progress?.({ table: event.table.name, rows: loaded, done: ++done, total: contents.tables.length })
      }
    }
  } catch (error) {
    // Close a COPY left open (the file failed mid-table) so the connection can roll back.
    await copy?.end().catch(() => {})
    // Which table failed (the database's own message may not say; what it quotes is masked when printed).
    throw loading && !(error instanceof BackupError) ? new Error(`loading ${loading}`, { cause: error }) : error
  }
  return total
}
