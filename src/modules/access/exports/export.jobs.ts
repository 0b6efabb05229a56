import type { Job } from '../jobs/job-runner.js'
import type { AnyExportSource } from './export.contracts.js'
import { expireExports, runQueuedExports } from './export.runner.js'

/** How often a node looks for queued exports: a user waits for the file, so much more often than other jobs. */
export const EXPORT_RUN_SECONDS = 2

/**
 * The background exports' jobs: `exports.run` writes queued exports (and takes over those of a dead node) every
 * couple of seconds; `exports.expire` deletes the files past `retentionHours` every 10 minutes. The server polls jobs
 * this frequent on a faster loop than the others (see main.ts).
 */
export function exportsJobs(sources: readonly AnyExportSource[], retentionHours: number): Job[] {
  return [
    {
      name: 'exports.run',
      everySeconds: EXPORT_RUN_SECONDS,
      async run(ctx) {
        // The runner's clock follows real time from the job's start (progress leases are renewed while it writes).
        const start = Date.now()
        const now = () => new Date(ctx.now.getTime() + (Date.now() - start))
        const stats = await runQueuedExports(
          { db: ctx.db, now, resolveScope: ctx.resolveScope },
          sources,
          retentionHours,
        )
        return { done: stats.done, failed: stats.failed, cancelled: stats.cancelled }
      },
    },
    {
      name: 'exports.expire',
      everySeconds: 600,
      async run(ctx) {
        return { expired: await expireExports(ctx.db, ctx.now) }
      },
    },
  ]
}
