import { asc } from 'drizzle-orm'
import type { Ctx } from '../actor.js'
import { assertCan } from '../policy.js'
import { jobSchedules } from './job.schema.js'

/** A job's schedule as the admin page and the CLI show it. */
export type JobScheduleOutput = {
  name: string
  everySeconds: number
  nextRunAt: Date
  running: boolean
  lastStartedAt: Date | null
  lastFinishedAt: Date | null
  lastResult: Record<string, number> | null
  lastError: string | null
}

/** Every job schedule, by name (admins: what ran, when, with what counts or error). */
export async function listJobSchedules(ctx: Ctx): Promise<JobScheduleOutput[]> {
  assertCan(ctx.actor, 'users.manage')
  const rows = await ctx.db.select().from(jobSchedules).orderBy(asc(jobSchedules.name))
  return rows.map((r) => ({
    name: r.name,
    everySeconds: r.everySeconds,
    nextRunAt: r.nextRunAt,
    running: r.lockedUntil !== null && r.lockedUntil > ctx.now,
    lastStartedAt: r.lastStartedAt,
    lastFinishedAt: r.lastFinishedAt,
    lastResult: (r.lastResult as Record<string, number> | null) ?? null,
    lastError: r.lastError,
  }))
}
