import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import {
  ensureSchedules,
  type Job,
  type JobRun,
  listJobSchedules,
  runDueJobs,
  runJobNow,
} from '../../modules/access/index.js'
import { invalidInput } from '../../platform/errors.js'
import { resolveScope } from '../../server/scope-resolver.js'
import { applicationJobs } from '../../server/jobs.js'

function printRun(run: JobRun): void {
  const counts = Object.entries(run.result ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  console.log(run.error ? `${run.name}: failed (${run.error})` : `${run.name}: ${counts || 'done'}`)
}

function jobNamed(jobs: Job[], name: string): Job {
  const job = jobs.find((j) => j.name === name)
  if (!job) {
    const message = `Unknown job; one of: ${jobs.map((j) => j.name).join(', ')}`
    throw invalidInput({ name: { fr: message, en: message } })
  }
  return job
}

const jobsRunCommand: Command = {
  name: 'jobs run',
  summary: 'run the background jobs that are due (or one job now)',
  help: `Usage: escale jobs run [--name <job>]

Runs every background job whose time has come (as a server node does every minute) and prints what each did
(counts only). With --name, runs that job now whatever its schedule. A job another node is running is skipped.
Exit code 1 when a job failed (its error code is printed and shown on /app/admin/taches).`,
  options: { name: { type: 'string' } },
  async run(v) {
    return withDatabase('jobs run', async (ctx, _database, config) => {
      const jobs = applicationJobs(config)
      const base = { db: ctx.db, now: () => new Date(), resolveScope }
      let runs: JobRun[]
      if (typeof v.name === 'string') {
        const run = await runJobNow(base, jobNamed(jobs, v.name))
        if (!run) console.log(`${v.name}: running on another node, skipped`)
        runs = run ? [run] : []
      } else {
        await ensureSchedules(ctx.db, jobs, base.now())
        runs = await runDueJobs(base, jobs)
        if (runs.length === 0) console.log('No job is due.')
      }
      runs.forEach(printRun)
      return runs.some((r) => r.error) ? 1 : 0
    })
  },
}

const jobsListCommand: Command = {
  name: 'jobs list',
  summary: 'show the background jobs, their schedules and last results',
  help: `Usage: escale jobs list

Prints each background job: its period, its last run with its counts or error, and its next run (UTC).`,
  options: {},
  async run() {
    await withDatabase('jobs list', async (ctx, _database, config) => {
      await ensureSchedules(ctx.db, applicationJobs(config), ctx.now)
      for (const j of await listJobSchedules(ctx)) {
        const last = j.lastStartedAt ? j.lastStartedAt.toISOString() : 'never'
        const outcome = j.lastError
          ? `failed (${j.lastError})`
          : Object.entries(j.lastResult ?? {})
              .map(([k, n]) => `${k}=${n}`)
              .join(' ')
        console.log(
          `${j.name.padEnd(26)} every ${j.everySeconds}s  last ${last} ${outcome}  next ${j.nextRunAt.toISOString()}${j.running ? '  (running)' : ''}`,
        )
      }
    })
  },
}

/** `escale jobs run` and `escale jobs list`. */
export const jobCommands: Command[] = [jobsRunCommand, jobsListCommand]
