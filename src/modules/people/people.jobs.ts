import type { Job } from '../access/index.js'
import { civilDate } from '../../platform/clock.js'
import type { PeopleSettings } from '../../platform/config.js'
import { anonymizeExpiredDossiers } from './privacy/retention.service.js'
import { expireOverdueReferrals } from './referrals/referral-expiry.js'
import { purgeRequestThrottles } from './requests/request-throttle.js'

const DAY = 86_400

/** The people module's background jobs (run by the server's job loop and `escale jobs run`). */
export function peopleJobs(settings: PeopleSettings): Job[] {
  return [
    {
      // Closed loop: a referral without an answer by its answer day (configurable working days) expires.
      name: 'referrals.expire',
      everySeconds: DAY,
      run: async (ctx) => ({ expired: await expireOverdueReferrals(ctx, { today: civilDate(ctx.now) }) }),
    },
    {
      // Loi 25: files whose dossiers all closed past the retention period are anonymized, counts kept.
      name: 'dossiers.retention',
      everySeconds: DAY,
      run: (ctx) =>
        anonymizeExpiredDossiers(ctx, { today: civilDate(ctx.now), retentionYears: settings.dossierRetentionYears }),
    },
    {
      // The public request form's rate-limit windows that ended.
      name: 'requests.purge-throttles',
      everySeconds: 3600,
      run: async (ctx) => ({ deleted: await purgeRequestThrottles(ctx.db, ctx.now) }),
    },
  ]
}
