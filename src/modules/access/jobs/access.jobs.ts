import type { MailSettings } from '../../../platform/config.js'
import { sendPendingMail } from '../mail/mail-delivery.js'
import { purgeOutbox } from '../mail/outbox.service.js'
import { purgePasswordResets } from '../sessions/password-reset.service.js'
import { purgeExpiredSessions } from '../sessions/session.service.js'
import type { Job } from './job-runner.js'

/** The access module's background jobs; mail delivery needs the SMTP server and sender of the configuration. */
export function accessJobs(mail: MailSettings): Job[] {
  return [
    {
      // Expired sessions, stale sign-in throttles and spent reset links are deleted every hour (plain DELETEs); the
      // outbox drops expired reset links from their messages and forgets messages older than 90 days.
      name: 'sessions.purge',
      everySeconds: 3600,
      async run(ctx) {
        const deleted = await purgeExpiredSessions(ctx.db, ctx.now)
        const resets = await purgePasswordResets(ctx.db, ctx.now)
        const mail = await purgeOutbox(ctx.db, ctx.now)
        return { deleted, resets, mailRedacted: mail.redacted, mailDeleted: mail.deleted }
      },
    },
    {
      // The outbox through SMTP every minute; without SMTP_URL it only counts what waits there for an admin to read.
      name: 'mail.send',
      everySeconds: 60,
      async run(ctx) {
        return sendPendingMail(ctx.db, mail, ctx.now)
      },
    },
  ]
}
