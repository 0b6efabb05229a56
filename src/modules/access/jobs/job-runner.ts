import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { loggableError } from '../../../platform/log-safety.js'
import { type Ctx, type CtxBase, systemCtx } from '../actor.js'
import { jobSchedules } from './job.schema.js'

/** What a run did, as counts only (never personal data): `{ deleted: 3 }`. */
export type JobResult = Record<string, number>

/** A recurring background job, declared in code by its module; its schedule row lives in `access.job_schedules`. */
export type Job = {
  name: string
  everySeconds: number
  run(ctx: Ctx): Promise<JobResult>
}

/** One run of a job: its counts, or the error code it failed with. */
export type JobRun = { name: string; result: JobResult | null; error: string | null }

/**
 * How long a claimed run holds its row: a node that dies mid-run leaves the job to another node after this. Longer than
 * any job should take (the retention job of a whole province runs in seconds).
 */
export const JOB_LEASE_SECONDS = 15 * 60

/** Inserts the schedule row of every job missing one (due at once) and keeps each job's period up to date. */
export async function ensureSchedules(db: Db, jobs: readonly Job[], now: Date): Promise<void> {
  if (jobs.length === 0) return
  await db
    .insert(jobSchedules)
    .values(jobs.map((j) => ({ name: j.name, everySeconds: j.everySeconds, nextRunAt: now })))
    .onConflictDoUpdate({ target: jobSchedules.name, set: { everySeconds: sql`excluded.every_seconds` } })
}

/**
 * Claims one job for this node (`for update skip locked` + a lease), so that several app nodes never run the same job at
 * once: the earliest due one among `names`, or `names[0]` whatever its due time when `force` is set (run now).
 */
async function claimJob(db: Db, names: readonly string[], now: Date, force: boolean): Promise<string | undefined> {
  const lease = new Date(now.getTime() + JOB_LEASE_SECONDS * 1000)
  const known = sql.join(
    names.map((n) => sql`${n}`),
    sql`, `,
  )
  const due = force ? sql`true` : sql`next_run_at <= ${now}`
  const rows = await queryRows<{ name: string }>(
    db,
    sql`update access.job_schedules set locked_until = ${lease}, last_started_at = ${now}
        where name = (select name from access.job_schedules
          where name in (${known}) and ${due} and (locked_until is null or locked_until < ${now})
          order by next_run_at, name for update skip locked limit 1)
        returning name`,
  )
  return rows[0]?.name
}

/** What may be stored of a job's failure: an error code, or the class and a message with any database values masked. */
export function errorText(error: unknown): string {
  if (error instanceof AppError) return error.code
  const e = loggableError(error)
  const cause = e.cause as Record<string, unknown> | undefined
  const parts = [e.type, e.code, e.message, cause ? `(${cause.code ?? ''} ${cause.message ?? ''})` : undefined]
  return parts
    .filter((p) => typeof p === 'string' && p !== '')
    .join(' ')
    .slice(0, 500)
}

/** Runs a claimed job as the system and records its counts or its error, the next run, and frees the row. */
async function runClaimed(base: CtxBase, job: Job, startedAt: Date): Promise<JobRun> {
  let result: JobResult | null = null
  let error: string | null = null
  try {
    result = await job.run(systemCtx(base, `job ${job.name}`))
  } catch (e) {
    error = errorText(e)
  }
  const nextRunAt = new Date(startedAt.getTime() + job.everySeconds * 1000)
  await base.db.execute(
    sql`update access.job_schedules set locked_until = null, last_finished_at = ${base.now()},
          last_result = ${result === null ? null : JSON.stringify(result)}::jsonb, last_error = ${error},
          next_run_at = ${nextRunAt}, every_seconds = ${job.everySeconds}
        where name = ${job.name}`,
  )
  return { name: job.name, result, error }
}

/** Runs every due job once, one claim at a time, until none is due (or claimable by this node); returns the runs. */
export async function runDueJobs(base: CtxBase, jobs: readonly Job[]): Promise<JobRun[]> {
  const runs: JobRun[] = []
  if (jobs.length === 0) return runs
  const byName = new Map(jobs.map((j) => [j.name, j]))
  const pending = new Set(byName.keys())
  while (pending.size > 0) {
    const now = base.now()
    const name = await claimJob(base.db, [...pending], now, false)
    if (!name) break
    // A job runs at most once per call, even one whose period is shorter than its run.
    pending.delete(name)
    runs.push(await runClaimed(base, byName.get(name)!, now))
  }
  return runs
}

/** Runs one job now whatever its schedule (CLI); undefined when another node holds it at this moment. */
export async function runJobNow(base: CtxBase, job: Job): Promise<JobRun | undefined> {
  const now = base.now()
  await ensureSchedules(base.db, [job], now)
  const name = await claimJob(base.db, [job.name], now, true)
  return name ? runClaimed(base, job, now) : undefined
}
