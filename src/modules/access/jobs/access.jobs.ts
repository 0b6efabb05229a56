import { purgeExpiredSessions } from '../sessions/session.service.js'
import type { Job } from './job-runner.js'

/** The access module's background jobs. */
export const accessJobs: readonly Job[] = [
  {
    // Expired sessions and stale sign-in throttles are deleted every hour (a plain DELETE: idempotent).
    name: 'sessions.purge',
    everySeconds: 3600,
    async run(ctx) {
      return { deleted: await purgeExpiredSessions(ctx.db, ctx.now) }
    },
  },
]
