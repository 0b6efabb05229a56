import { assertCan, type Ctx } from '../../access/index.js'
import { findStaffOfUser } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { addDays, addWorkingDays, firstMeetingDueOn } from './working-days.js'
import { listWorkRows, type WorkKind, workKinds, type WorkOwner, type WorkRow } from './work.queries.js'

/** Follow-ups and plan steps show up this many working days before they are due. */
export const FOLLOW_UP_HORIZON_WORKING_DAYS = 5
/** Consents show up this many days before they expire. */
export const CONSENT_HORIZON_DAYS = 30

export type WorkItem = {
  kind: WorkKind
  /** Where the item is handled: its dossier, its person's consents, or the request. */
  href: string
  dossierNumber: string | null
  name: string
  dueOn: string
  overdue: boolean
  detail: string | null
}
export type WorkCounts = Record<WorkKind, { total: number; overdue: number }>
export type Work = { owner: WorkOwner['kind']; items: WorkItem[]; counts: WorkCounts }

function hrefOf(row: WorkRow): string {
  if (row.kind === 'request') return `/app/demandes/${row.request_id}`
  if (row.kind === 'consent') return `/app/personnes/${row.person_id}/consentements`
  return `/app/dossiers/${row.dossier_id}`
}

function itemOf(row: WorkRow, today: string): WorkItem {
  // Parcours: a request's first contact is due five working days after it was received, like a dossier's first meeting.
  const dueOn = row.kind === 'request' ? firstMeetingDueOn(row.due_on) : row.due_on
  return {
    kind: row.kind,
    href: hrefOf(row),
    dossierNumber: row.dossier_number,
    name: `${row.given_name} ${row.family_name}`,
    dueOn,
    // A consent is flagged only once it has lapsed, which the list excludes: expiring soon is its whole point.
    overdue: row.kind !== 'consent' && dueOn < today,
    detail: row.detail,
  }
}

function countsOf(items: WorkItem[]): WorkCounts {
  const counts = Object.fromEntries(workKinds.map((k) => [k, { total: 0, overdue: 0 }])) as WorkCounts
  for (const item of items) {
    counts[item.kind].total++
    if (item.overdue) counts[item.kind].overdue++
  }
  return counts
}

/**
 * Whose queue the caller sees: directors (and admins) their regions' totals; an agent their own work, found through
 * the staff member of their account; an account without a staff member what nobody holds in their regions.
 */
async function ownerOf(ctx: Ctx, today: string): Promise<WorkOwner> {
  if (ctx.actor.kind !== 'user' || ctx.actor.role === 'director' || ctx.actor.role === 'admin')
    return { kind: 'region' }
  const staff = await findStaffOfUser(ctx.db, ctx.actor.userId, today)
  return staff ? { kind: 'agent', staffId: staff.id, regionCode: staff.regionCode } : { kind: 'unassigned' }
}

/** The caller's work queue (one query), soonest first, with counts per kind and how many are overdue. */
export async function getMyWork(ctx: Ctx): Promise<Work> {
  assertCan(ctx.actor, 'people.read')
  const today = civilDate(ctx.now)
  const owner = await ownerOf(ctx, today)
  const rows = await listWorkRows(ctx.db, ctx.scope, owner, {
    today,
    followUpHorizon: addWorkingDays(today, FOLLOW_UP_HORIZON_WORKING_DAYS),
    consentHorizon: addDays(today, CONSENT_HORIZON_DAYS),
  })
  const items = rows.map((r) => itemOf(r, today)).sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  return { owner: owner.kind, items, counts: countsOf(items) }
}
