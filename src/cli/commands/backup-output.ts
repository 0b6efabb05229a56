import { DataDirLockedError } from '../../platform/db/lock.js'
import { safeErrorText } from '../../platform/log-safety.js'
import { BackupError } from '../../platform/db/backup/format.js'
import type { Progress } from '../../platform/db/backup/writer.js'

// What `escale backup` and `escale restore` share: their positional file, progress on a TTY, and refusals printed as
// one clear message with exit code 1 (never a stack trace).

/** The one file argument, or the usage error (exit code 2). */
export function fileArgument(positionals: string[], help: string): string | number {
  if (positionals.length === 1 && positionals[0] !== '') return positionals[0]!
  console.error(`${positionals.length === 0 ? 'Missing the backup file.' : 'One backup file only.'}\n\n${help}`)
  return 2
}

/** Tables done and rows on stderr when it is a terminal; nothing otherwise (cron, pipes). */
export function ttyProgress(verb: string): Progress | undefined {
  if (!process.stderr.isTTY) return undefined
  let rows = 0
  return ({ table, rows: n, done, total }) => {
    rows += n
    process.stderr.write(`\r\x1b[K${verb} ${done}/${total} tables, ${rows.toLocaleString('en')} rows (${table})`)
    if (done === total) process.stderr.write('\n')
  }
}

/**
 * Runs the work; a refusal prints its message, a failure what failed without the values a database message may quote
 * (a row's value in a failed COPY is personal data); both answer 1.
 */
export async function reporting(label: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work()
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n')
    if (error instanceof BackupError) {
      console.error(error.message)
      return 1
    }
    // The CLI's own handler prints these (a locked data folder, a bad configuration).
    if (error instanceof DataDirLockedError) throw error
    console.error(`${label} failed: ${safeErrorText(error)}`)
    return 1
  }
}
