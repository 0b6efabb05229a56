import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { verifyAuditChain } from '../../modules/access/index.js'
import { checkBackup, restoreBackup } from '../../platform/db/backup/restore.js'
import { fileArgument, reporting, ttyProgress } from './backup-output.js'

const help = `Usage: escale restore <file> [--replace]

Restores a backup made by escale backup into the database (the embedded one in ESCALE_DATA_DIR, or the server at
DATABASE_URL), whichever backend the backup came from.

First the whole file is read and checked without touching any database: that it is an Escale backup, complete
(not truncated), intact (each table's row count and the SHA-256 of the content), and of this Escale's schema
version (a backup of another version is refused: restore it with the Escale version that made it). Then the
database is migrated if needed and, in ONE transaction, emptied and loaded; any failure changes nothing.

A database that already holds data is refused unless --replace: "empty" means no row in any table except those
the migrations fill themselves (regions, MRCs, CNP and SCIAN codes, programs, catalogues, consent texts, the audit
chain's head), which the backup's copy replaces in any case. The audit log and published Bilans are restored as
they were (their hash chain stays intact: the command checks it at the end, as escale audit verify does).

  --replace   erase everything the database holds and replace it with the backup

Exit codes: 0 restored, 1 refused or failed (with the reason), 2 bad usage.`

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup into the database (refuses one holding data unless --replace)',
  help,
  positionals: true,
  options: { replace: { type: 'boolean' } },
  run(values, positionals) {
    const file = fileArgument(positionals, help)
    if (typeof file === 'number') return Promise.resolve(file)
    return reporting('Restore', () => restore(file, values.replace === true))
  },
}

async function restore(file: string, replace: boolean): Promise<number> {
  const checked = await checkBackup(file)
  return withDatabase('restore', async (ctx, database) => {
    const summary = await restoreBackup(database, file, { replace, checked }, ttyProgress('Restored'))
    const { header } = summary
    console.log(
      `Restored ${file} (made ${header.createdAt} from ${header.backend === 'embedded' ? 'an embedded' : 'a PostgreSQL'} database, ` +
        `Escale ${header.escaleVersion}): ${summary.tables.length} tables, ${summary.rows} rows.`,
    )
    const chain = await verifyAuditChain(ctx.db)
    if (!chain.intact) {
      console.error(
        `The restored audit log's hash chain is broken at event ${chain.brokenAt}: run escale audit verify.`,
      )
      return 1
    }
    console.log(`Audit chain intact: ${chain.events} events.`)
    return 0
  })
}
