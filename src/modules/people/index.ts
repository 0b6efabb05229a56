// The people module's public surface (Accompagnement Québec): persons, dossiers, needs, plans, interventions,
// consents, referrals, requests. Tables are not exported: other modules go through these functions.
export { peoplePlugin, peopleNav } from './people.plugin.js'
export { peopleAuditLabels } from './people.messages.js'
export { addWorkingDays, isWorkingDay, firstMeetingDueOn } from './work/working-days.js'
/** The people module's background jobs (retention anonymization, referral expiry, request throttles), by settings. */
export { peopleJobs } from './people.jobs.js'
/** Loi 25 retention: anonymizes the files whose dossiers all closed past the retention period (counts kept). */
export { anonymizeExpiredDossiers } from './privacy/retention.service.js'
