import { firstMeetingDueOn } from '../../modules/people/index.js'
import type { CopyValue } from './copy.js'
import { dayOf, FIRST_DAY, isoOf, LAST_DAY, localTimestamp, weekdayOnOrAfter } from './dates.js'
import { personRegionIndex } from './persons.js'
import { Draw, kinds, uuidFor } from './random.js'
import type { World } from './world.js'

export const dossierColumns = [
  'id',
  'number',
  'person_id',
  'region_code',
  'service_point_id',
  'agent_id',
  'intake_channel',
  'status',
  'opened_on',
  'starts_on',
  'first_meeting_due_on',
  'first_meeting_on',
  'next_follow_up_on',
  'closed_on',
  'closure_reason',
  'created_at',
  'updated_at',
] as const
export const dossierEventColumns = ['dossier_id', 'kind', 'from_status', 'to_status', 'at'] as const

const statusOrder = ['open', 'assessment', 'active_plan', 'follow_up', 'closed'] as const
export type DossierStatus = (typeof statusOrder)[number]
const channels = [
  ['pre_departure', 15],
  ['airport_welcome', 10],
  ['walk_in', 30],
  ['online_request', 25],
  ['partner_referral', 15],
  ['regional_transfer', 5],
] as const
const closureReasons = [
  ['goals_met', 60],
  ['moved_out_of_region', 10],
  ['no_longer_reachable', 15],
  ['declined_service', 8],
  ['other', 7],
] as const

/** What every pass needs to know of dossier `index`, drawn again from its own stream each time. */
export type DossierPlan = {
  index: number
  id: string
  personIndex: number
  regionIndex: number
  regionCode: string
  servicePointId: string
  agentId: string
  status: DossierStatus
  opened: number
  /** The day activity stops: closure, or the end of the generated span. */
  last: number
  firstMeeting: number | null
}

const dueMemo = new Map<number, number>()
/** Parcours: first meeting within 5 working days of the arrival or the request (Québec holidays counted). */
function firstMeetingDue(starts: number): number {
  let due = dueMemo.get(starts)
  if (due === undefined) {
    due = dayOf(firstMeetingDueOn(isoOf(starts)))
    dueMemo.set(starts, due)
  }
  return due
}

/** The person of dossier `index`: the first `persons` dossiers are one each; the rest are second dossiers. */
function personOf(world: World, index: number): number {
  const persons = world.sizes.persons
  return index < persons ? index : ((index - persons) * 7919) % persons
}

function statusFor(draw: Draw, opened: number): DossierStatus {
  const age = LAST_DAY - opened
  if (age > 540) return draw.chance(0.9) ? 'closed' : 'follow_up'
  if (age < 20) return draw.chance(0.7) ? 'open' : 'assessment'
  return draw.weighted([
    ['assessment', 10],
    ['active_plan', 35],
    ['follow_up', 30],
    ['closed', 25],
  ] as const)
}

/** Dossier `index`'s place, dates and status. */
export function dossierPlan(world: World, index: number): DossierPlan {
  const draw = new Draw(world.seed, kinds.dossier, index)
  const personIndex = personOf(world, index)
  const second = index >= world.sizes.persons
  const first = second ? dossierPlan(world, personIndex) : null
  // A second dossier: moved to another region (interregional mobility) or came back after a closure.
  const regionIndex =
    second && draw.chance(0.5) ? draw.weighted(world.regionWeights) : personRegionIndex(world, personIndex)
  const region = world.regions[regionIndex]!
  const point = draw.pick(region.points)
  // Bounded by the first dossier: a second one opens after it (at least a day, two months when there is room).
  const from = first ? Math.min(first.opened + 60, Math.max(first.opened + 1, LAST_DAY - 30)) : FIRST_DAY
  const opened = weekdayOnOrAfter(draw.int(from, Math.max(from, LAST_DAY - 5)))
  const status = statusFor(draw, opened)
  const firstMeeting = status === 'open' && draw.chance(0.6) ? null : opened + draw.int(1, 9)
  const last = status === 'closed' ? Math.min(LAST_DAY, opened + draw.int(60, 540)) : LAST_DAY
  return {
    index,
    id: uuidFor(world.seed, kinds.dossier, index),
    personIndex,
    regionIndex,
    regionCode: region.code,
    servicePointId: point.id,
    agentId: draw.pick(point.agentIds),
    status,
    opened,
    last,
    firstMeeting,
  }
}

/** Dossier `index` as a COPY row (values in `dossierColumns` order). */
export function dossierRow(world: World, plan: DossierPlan): CopyValue[] {
  const draw = new Draw(world.seed, kinds.dossier + 40, plan.index)
  const starts = plan.opened - draw.int(0, 6)
  const closed = plan.status === 'closed'
  const followUp = plan.status === 'active_plan' || plan.status === 'follow_up' ? LAST_DAY + draw.int(1, 60) : null
  const number = `AQ-${isoOf(plan.opened).slice(0, 4)}-${String(world.numberBase + plan.index).padStart(6, '0')}`
  const createdAt = localTimestamp(plan.opened, draw.int(8 * 60 + 30, 16 * 60))
  return [
    plan.id,
    number,
    uuidFor(world.seed, kinds.person, plan.personIndex),
    plan.regionCode,
    plan.servicePointId,
    plan.agentId,
    plan.index >= world.sizes.persons && draw.chance(0.5) ? 'regional_transfer' : draw.weighted(channels),
    plan.status,
    isoOf(plan.opened),
    isoOf(starts),
    isoOf(firstMeetingDue(starts)),
    plan.firstMeeting === null ? null : isoOf(plan.firstMeeting),
    followUp === null ? null : isoOf(followUp),
    closed ? isoOf(plan.last) : null,
    closed ? draw.weighted(closureReasons) : null,
    createdAt,
    closed ? localTimestamp(plan.last, 15 * 60) : createdAt,
  ]
}

/** The lifecycle events of a dossier: opened, each status it went through, closed (rows in `dossierEventColumns`). */
export function dossierEventRows(plan: DossierPlan): CopyValue[][] {
  const rows: CopyValue[][] = [[plan.id, 'opened', null, 'open', localTimestamp(plan.opened, 9 * 60)]]
  const reached = statusOrder.indexOf(plan.status)
  const span = Math.max(1, plan.last - plan.opened)
  for (let s = 1; s <= reached; s++) {
    const kind = statusOrder[s] === 'closed' ? 'closed' : 'status_changed'
    const day = kind === 'closed' ? plan.last : plan.opened + Math.floor((span * s) / (reached + 1))
    rows.push([plan.id, kind, statusOrder[s - 1], statusOrder[s], localTimestamp(day, 10 * 60 + s)])
  }
  return rows
}
