// The people module's public surface (Accompagnement Québec): persons, dossiers, needs, plans, interventions,
// consents, referrals, requests. Tables are not exported: other modules go through these functions.
export { peoplePlugin, peopleNav } from './people.plugin.js'
export { peopleAuditLabels } from './people.messages.js'
export { addWorkingDays, isWorkingDay, firstMeetingDueOn } from './work/working-days.js'
