import fs from 'node:fs'
import path from 'node:path'
import type { Command } from '../command.js'
import { openDatabase } from '../../platform/db/open.js'
import { BackupError } from '../../platform/db/backup/format.js'
import { writeBackup } from '../../platform/db/backup/writer.js'
import { loadConfigOrExit } from '../../server/runtime.js'
import { formatBytes } from '../../platform/views/i18n.js'
import { fileArgument, reporting, ttyProgress } from './backup-output.js'

const help = `Usage: escale backup <file> [--force]

Writes a backup of the whole database (the embedded one in ESCALE_DATA_DIR, or the server at DATABASE_URL) into
<file>: every table of every application schema, from one consistent snapshot, in a portable logical format (gzip;
a JSON header with the format, the Escale version, the schema version — last migration — and the source backend;
each table in PostgreSQL's COPY text format; a trailer with each table's row count, every sequence's value and a
SHA-256 of the content). A backup of the embedded database restores into a PostgreSQL server and back
(escale restore). The database is not migrated first: the file records the schema version it is at.

  --force   overwrite <file> if it exists (otherwise an existing file is refused)

The embedded database serves one process: stop the server first (escale backup on a folder in use refuses, exit
code 1). On a PostgreSQL server it runs while the application serves (a read-only snapshot); for servers, prefer
PostgreSQL's own tools as well (pg_dump, pg_basebackup and WAL archiving for point-in-time recovery).
Exit codes: 0 written, 1 refused or failed, 2 bad usage.`

export const backupCommand: Command = {
  name: 'backup',
  summary: 'back up the whole database into a file (portable between backends)',
  help,
  positionals: true,
  options: { force: { type: 'boolean' } },
  run(values, positionals) {
    const file = fileArgument(positionals, help)
    if (typeof file === 'number') return Promise.resolve(file)
    return reporting('Backup', () => backUp(file, values.force === true))
  },
}

async function backUp(file: string, force: boolean): Promise<number> {
  if (fs.existsSync(file) && !force)
    throw new BackupError('exists', `${file} already exists. Choose another name, or add --force to overwrite it.`)
  const dir = path.dirname(path.resolve(file))
  if (!fs.existsSync(dir)) throw new BackupError('unreadable', `No such directory: ${dir}`)
  const config = loadConfigOrExit()
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'pgdata')))
    throw new BackupError('no_database', `No embedded database in ${config.dataDir} (ESCALE_DATA_DIR).`)
  const database = await openDatabase(config)
  try {
    const summary = await writeBackup(
      database,
      file,
      { escaleVersion: config.version, now: new Date() },
      ttyProgress('Backed up'),
    )
    console.log(
      `Backup written to ${file}: ${summary.tables} tables, ${summary.rows} rows, ${formatBytes(summary.bytes, 'en')} ` +
        `(schema ${summary.header.migration.tag}, ${summary.header.backend} database).`,
    )
    return 0
  } finally {
    await database.close()
  }
}
