import { loggableError } from '../../../platform/log-safety.js'
import type { CtxBase } from '../actor.js'
import { ensureSchedules, type Job, type JobRun, runDueJobs } from './job-runner.js'

export type JobLoopOptions = {
  /** How often this node looks for due jobs. */
  pollMs: number
  /** Told of each run (name and counts or error code: no personal data). */
  onRun?: (run: JobRun) => void
  /** Told when a poll itself fails (the database is away): the loop keeps going. */
  onError?: (error: unknown) => void
}

/** A running job loop; `stop()` waits for the poll in progress, so the database can be closed after it. */
export type JobLoop = { stop(): Promise<void> }

/**
 * Polls the schedules and runs what is due, on every app node (the claim makes each run happen once). A chained,
 * unref'd `setTimeout` rather than `setInterval`: a slow run never overlaps the next poll, and the loop never keeps the
 * process alive on its own.
 */
export function startJobLoop(base: CtxBase, jobs: readonly Job[], options: JobLoopOptions): JobLoop {
  const onError = options.onError ?? ((e) => console.error('job poll failed', JSON.stringify(loggableError(e))))
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let inFlight: Promise<void> = Promise.resolve()
  let scheduled = false

  async function poll(): Promise<void> {
    try {
      if (!scheduled) {
        await ensureSchedules(base.db, jobs, base.now())
        scheduled = true
      }
      for (const run of await runDueJobs(base, jobs)) options.onRun?.(run)
    } catch (error) {
      onError(error)
    }
  }

  function next(delay: number): void {
    if (stopped) return
    timer = setTimeout(() => {
      inFlight = poll().then(() => next(options.pollMs))
    }, delay)
    timer.unref()
  }

  next(0)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await inFlight
    },
  }
}
