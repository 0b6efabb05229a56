import { type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { regionCoveredSql, workableDossierSql } from '../access.js'
import { consents } from '../consents/consent.schema.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { persons } from '../persons/person.schema.js'
import { planSteps } from '../plans/plan.schema.js'
import { referrals } from '../referrals/referral.schema.js'
import { supportRequests } from '../requests/request.schema.js'

export const workKinds = ['first_meeting', 'follow_up', 'plan_step', 'referral', 'consent', 'request'] as const
export type WorkKind = (typeof workKinds)[number]

/**
 * Whose work: one agent's (their dossiers, the requests assigned to them and the unassigned ones of their region),
 * what nobody holds in the caller's regions (an account without a staff member), or a whole region (directors).
 */
export type WorkOwner =
  | { kind: 'agent'; staffId: string; regionCode: string }
  | { kind: 'unassigned' }
  | { kind: 'region' }

/** The dates the queue is computed against (Québec civil dates). */
export type WorkDates = { today: string; followUpHorizon: string; consentHorizon: string }

export type WorkRow = {
  kind: WorkKind
  dossier_id: string | null
  dossier_number: string | null
  person_id: string | null
  request_id: string | null
  given_name: string
  family_name: string
  due_on: string
  detail: string | null
}

function dossierOwnerSql(owner: WorkOwner): SQL {
  if (owner.kind === 'agent') return sql`${dossiers.agentId} = ${owner.staffId}`
  return owner.kind === 'unassigned' ? sql`${dossiers.agentId} is null` : sql`true`
}

function requestOwnerSql(scope: Scope, owner: WorkOwner): SQL {
  const inScope = regionCoveredSql(scope, sql`${supportRequests.regionCode}`)
  if (owner.kind === 'agent')
    return sql`${inScope} and (${supportRequests.assignedTo} = ${owner.staffId} or (${supportRequests.assignedTo} is null and ${supportRequests.regionCode} = ${owner.regionCode}))`
  return owner.kind === 'unassigned' ? sql`${inScope} and ${supportRequests.assignedTo} is null` : inScope
}

/** The owner's open dossiers with their person's name (the CTE every dossier branch of the queue reads). */
function ownedDossiersSql(scope: Scope, owner: WorkOwner): SQL {
  return sql`select ${dossiers.id} as id, ${dossiers.number} as number, ${dossiers.personId} as person_id,
          ${dossiers.firstMeetingDueOn} as first_meeting_due_on, ${dossiers.firstMeetingOn} as first_meeting_on,
          ${dossiers.nextFollowUpOn} as next_follow_up_on, ${persons.givenName} as given_name, ${persons.familyName} as family_name
        from ${dossiers} join ${persons} on ${persons.id} = ${dossiers.personId}
        where ${dossiers.status} <> 'closed' and ${workableDossierSql(scope)} and ${dossierOwnerSql(owner)}`
}

/**
 * Everything due in one query (a CTE of the owner's open dossiers, then one UNION ALL branch per kind of work), soonest
 * first: first meetings not held, follow-ups and plan steps due within the horizon, referrals waiting for an answer,
 * active consents expiring soon, open online requests (their first contact is due from the day they were received).
 */
export function listWorkRows(db: Db, scope: Scope, owner: WorkOwner, dates: WorkDates, limit = 500) {
  const { today, followUpHorizon, consentHorizon } = dates
  return queryRows<WorkRow>(
    db,
    sql`with mine as (${ownedDossiersSql(scope, owner)}), work as (
        select 'first_meeting' as kind, m.id as dossier_id, m.number as dossier_number, m.person_id, null::uuid as request_id,
          m.given_name, m.family_name, m.first_meeting_due_on as due_on, null::text as detail
        from mine m where m.first_meeting_on is null
        union all
        select 'follow_up', m.id, m.number, m.person_id, null, m.given_name, m.family_name, m.next_follow_up_on, null
        from mine m where m.next_follow_up_on <= ${followUpHorizon}
        union all
        select 'plan_step', m.id, m.number, m.person_id, null, m.given_name, m.family_name, s.due_on, s.action
        from mine m join ${planSteps} s on s.dossier_id = m.id
        where s.status in ('planned', 'in_progress') and s.due_on <= ${followUpHorizon}
        union all
        select 'referral', m.id, m.number, m.person_id, null, m.given_name, m.family_name, r.answer_due_on, r.service_wanted
        from mine m join ${referrals} r on r.dossier_id = m.id where r.status in ('sent', 'received')
        union all
        select distinct on (c.id) 'consent', m.id, m.number, m.person_id, null, m.given_name, m.family_name, c.expires_on, c.purpose
        from ${consents} c join mine m on m.person_id = c.person_id
        where c.withdrawn_at is null and c.expires_on between ${today} and ${consentHorizon}
        union all
        select 'request', null, null, null, ${supportRequests.id}, ${supportRequests.givenName}, ${supportRequests.familyName},
          (${supportRequests.receivedAt} at time zone 'America/Toronto')::date, null
        from ${supportRequests}
        where ${supportRequests.status} in ('new', 'assigned') and ${requestOwnerSql(scope, owner)}
      )
      select kind, dossier_id, dossier_number, person_id, request_id, given_name, family_name, due_on::text as due_on, detail
      from work order by due_on, kind, dossier_number, request_id limit ${limit}`,
  )
}
