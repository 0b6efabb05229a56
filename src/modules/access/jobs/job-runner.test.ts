import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { createTestDatabase } from '../../../../test/db.js'
import { resolveScope } from '../../../server/scope-resolver.js'
import { notFound } from '../../../platform/errors.js'
import type { CtxBase } from '../actor.js'
import { startJobLoop } from './job-loop.js'
import { ensureSchedules, JOB_LEASE_SECONDS, type Job, runDueJobs, runJobNow } from './job-runner.js'
import { jobSchedules } from './job.schema.js'

const database = await createTestDatabase()
const db = database.db
let clock = new Date('2030-01-01T12:00:00Z')
const base: CtxBase = { db, now: () => clock, resolveScope }
let seq = 0

/** A job that counts its runs (and may wait for a signal before it finishes, or fail). */
type CountingJob = Job & { runs: number; actors: string[] }

function countingJob(options: { everySeconds?: number; gate?: Promise<void>; fail?: Error } = {}): CountingJob {
  const job: CountingJob = {
    name: `test.job${++seq}`,
    everySeconds: options.everySeconds ?? 3600,
    runs: 0,
    actors: [] as string[],
    async run(ctx) {
      job.runs++
      job.actors.push(ctx.actor.kind === 'system' ? ctx.actor.label : ctx.actor.kind)
      await options.gate
      if (options.fail) throw options.fail
      return { seen: job.runs }
    },
  }
  return job
}

async function scheduleOf(name: string) {
  const [row] = await db.select().from(jobSchedules).where(eq(jobSchedules.name, name))
  return row!
}

test('a new job is due at once, runs as the system, and is not due again before its period', async () => {
  const job = countingJob()
  await ensureSchedules(db, [job], clock)
  const first = await runDueJobs(base, [job])
  assert.deepEqual(first, [{ name: job.name, result: { seen: 1 }, error: null }])
  assert.deepEqual(job.actors, [`job ${job.name}`])
  assert.deepEqual(await runDueJobs(base, [job]), [])
  const row = await scheduleOf(job.name)
  assert.equal(row.nextRunAt.getTime(), clock.getTime() + 3600_000)
  assert.deepEqual(row.lastResult, { seen: 1 })
  assert.equal(row.lockedUntil, null)
  clock = new Date(clock.getTime() + 3600_000)
  assert.equal((await runDueJobs(base, [job])).length, 1)
  assert.equal(job.runs, 2)
})

test('ensureSchedules keeps an existing schedule and updates its period', async () => {
  const job = countingJob()
  await ensureSchedules(db, [job], clock)
  await runDueJobs(base, [job])
  const before = await scheduleOf(job.name)
  await ensureSchedules(db, [{ ...job, everySeconds: 60 }], clock)
  const after = await scheduleOf(job.name)
  assert.equal(after.nextRunAt.getTime(), before.nextRunAt.getTime())
  assert.equal(after.everySeconds, 60)
})

test('a job whose lease is held by another node is skipped until the lease runs out', async () => {
  const job = countingJob()
  await ensureSchedules(db, [job], clock)
  const lease = new Date(clock.getTime() + JOB_LEASE_SECONDS * 1000)
  await db.update(jobSchedules).set({ lockedUntil: lease }).where(eq(jobSchedules.name, job.name))
  assert.deepEqual(await runDueJobs(base, [job]), [])
  assert.equal(await runJobNow(base, job), undefined)
  clock = new Date(lease.getTime() + 1000)
  assert.equal((await runDueJobs(base, [job])).length, 1)
  assert.equal(job.runs, 1)
})

test('two runners polling at the same time run a due job once', async () => {
  let open = () => {}
  const gate = new Promise<void>((resolve) => {
    open = resolve
  })
  const job = countingJob({ gate })
  await ensureSchedules(db, [job], clock)
  const both = Promise.all([runDueJobs(base, [job]), runDueJobs(base, [job])])
  setTimeout(open, 50)
  const [a, b] = await both
  assert.equal(a.length + b.length, 1)
  assert.equal(job.runs, 1)
})

test('a failing job records its error code, frees its row and is scheduled again', async () => {
  const job = countingJob({ fail: notFound('dossier') })
  await ensureSchedules(db, [job], clock)
  const [run] = await runDueJobs(base, [job])
  assert.equal(run!.result, null)
  assert.equal(run!.error, 'DOSSIER_NOT_FOUND')
  const row = await scheduleOf(job.name)
  assert.equal(row.lastError, 'DOSSIER_NOT_FOUND')
  assert.equal(row.lockedUntil, null)
  assert.ok(row.nextRunAt > clock)
})

test('a failure of another kind is stored as its class and message, and one failing job does not stop the others', async () => {
  const bad = countingJob({ fail: new TypeError('boom') })
  const good = countingJob()
  await ensureSchedules(db, [bad, good], clock)
  const runs = await runDueJobs(base, [bad, good])
  assert.deepEqual(
    runs.map((r) => [r.name, r.error]),
    [
      [bad.name, 'TypeError boom'],
      [good.name, null],
    ],
  )
  assert.equal(good.runs, 1)
})

test('runJobNow runs a job that is not due', async () => {
  const job = countingJob()
  await ensureSchedules(db, [job], clock)
  await runDueJobs(base, [job])
  const run = await runJobNow(base, job)
  assert.deepEqual(run?.result, { seen: 2 })
})

test('the loop runs due jobs in the background and stops cleanly', async () => {
  const job = countingJob()
  const seen: string[] = []
  const loop = startJobLoop(base, [job], { pollMs: 10, onRun: (r) => seen.push(r.name) })
  for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10))
  await loop.stop()
  assert.deepEqual(seen, [job.name])
  assert.equal(job.runs, 1)
})
