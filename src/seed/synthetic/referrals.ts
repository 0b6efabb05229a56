import { addWorkingDays } from '../../modules/people/index.js'
import { arrayLiteral, type CopyValue } from './copy.js'
import { isoOf, LAST_DAY, localTimestamp } from './dates.js'
import { type DossierPlan, dossierPlan } from './dossiers.js'
import { dossierNeeds, stepIds } from './needs.js'
import { Draw, kinds, shareOf, uuidFor } from './random.js'
import type { World } from './world.js'

export const consentColumns = [
  'id',
  'person_id',
  'purpose',
  'text_id',
  'given_on',
  'expires_on',
  'recorded_at',
  'withdrawn_at',
] as const
export const referralColumns = [
  'id',
  'dossier_id',
  'region_code',
  'organization_id',
  'service_wanted',
  'need_ids',
  'step_ids',
  'share_contact',
  'consent_id',
  'status',
  'decline_reason',
  'outcome',
  'answer_due_on',
  'sent_at',
  'answered_at',
  'closed_at',
  'rerouted_from_id',
] as const
export const referralEventColumns = ['referral_id', 'from_status', 'to_status', 'comment', 'at'] as const

/** Each status's path from 'sent': every status of the closed loop appears, with the events that led to it. */
const paths = {
  sent: ['sent'],
  received: ['sent', 'received'],
  accepted: ['sent', 'received', 'accepted'],
  declined: ['sent', 'received', 'declined'],
  in_progress: ['sent', 'received', 'accepted', 'in_progress'],
  completed: ['sent', 'received', 'accepted', 'in_progress', 'completed'],
  not_completed: ['sent', 'received', 'accepted', 'in_progress', 'not_completed'],
  expired: ['sent', 'expired'],
  rerouted: ['sent', 'received', 'rerouted'],
  cancelled: ['sent', 'cancelled'],
} as const
type Status = keyof typeof paths
const waiting = new Set<Status>(['sent', 'received', 'accepted', 'in_progress'])
const answers = new Set<string>(['accepted', 'declined'])
const closings = new Set<string>(['declined', 'completed', 'not_completed', 'expired', 'rerouted', 'cancelled'])
const statusWeights: [Status, number][] = [
  ['sent', 5],
  ['received', 5],
  ['accepted', 6],
  ['declined', 8],
  ['in_progress', 10],
  ['completed', 40],
  ['not_completed', 10],
  ['expired', 6],
  ['rerouted', 5],
  ['cancelled', 5],
]
const services = [
  'Recherche de logement abordable',
  'Cours de français en soirée',
  'Accompagnement en recherche d’emploi',
  'Reconnaissance des compétences et des diplômes',
  'Activités de jumelage et de bénévolat',
  'Inscription des enfants à l’école',
]

/** The person's referral-sharing consent (Loi 25), given when their first dossier opened. */
export function consentRow(world: World, person: number): CopyValue[] {
  const draw = new Draw(world.seed, kinds.consent, person)
  const given = dossierPlan(world, person).opened
  return [
    uuidFor(world.seed, kinds.consent, person),
    uuidFor(world.seed, kinds.person, person),
    'referral_sharing',
    world.referralConsentTextId,
    isoOf(given),
    draw.chance(0.3) ? isoOf(given + 730) : null,
    localTimestamp(given, 10 * 60),
    draw.chance(0.02) ? localTimestamp(LAST_DAY, 11 * 60) : null,
  ]
}

const dueMemo = new Map<number, string>()
function answerDue(sent: number, workingDays: number): string {
  let due = dueMemo.get(sent)
  if (due === undefined) {
    due = addWorkingDays(isoOf(sent), workingDays)
    dueMemo.set(sent, due)
  }
  return due
}

type Referral = { row: CopyValue[]; events: CopyValue[][] }

function referral(world: World, plan: DossierPlan, draw: Draw, k: number, previous: Referral | undefined): Referral {
  const id = uuidFor(world.seed, kinds.referral, plan.index * 64 + k)
  const closedDossier = plan.status === 'closed'
  const status = draw.weighted(closedDossier ? statusWeights.filter(([s]) => !waiting.has(s)) : statusWeights)
  const start = Math.min(LAST_DAY, (plan.firstMeeting ?? plan.opened) + 1)
  const end = Math.max(start, plan.last - 20)
  const sent = waiting.has(status) ? Math.max(start, LAST_DAY - draw.int(2, 40)) : draw.int(start, end)
  const path = paths[status]
  const stamps = path.map((_, i) => localTimestamp(Math.min(LAST_DAY, sent + i * draw.int(1, 7)), 9 * 60 + i * 37))
  const events = path.map((to, i) => [
    id,
    i === 0 ? null : path[i - 1],
    to,
    to === 'declined' ? 'Service complet' : null,
    stamps[i],
  ])
  const needs = dossierNeeds(world, plan)
  const steps = stepIds(world, plan, needs.length)
  const row = [
    id,
    plan.id,
    plan.regionCode,
    draw.pick(world.regions[plan.regionIndex]!.organizationIds),
    draw.pick(services),
    arrayLiteral(needs.slice(0, draw.int(0, needs.length)).map((n) => n.id)),
    arrayLiteral(steps.slice(0, draw.int(0, steps.length))),
    draw.chance(0.6),
    uuidFor(world.seed, kinds.consent, plan.personIndex),
    status,
    status === 'declined' ? 'Aucune place disponible avant plusieurs mois.' : null,
    status === 'completed'
      ? 'Service rendu ; la personne est satisfaite.'
      : status === 'not_completed'
        ? 'La personne ne s’est pas présentée.'
        : null,
    answerDue(sent, world.referralExpiryWorkingDays),
    stamps[0],
    stamps[path.findIndex((s) => answers.has(s))] ?? null,
    closings.has(status) ? stamps[stamps.length - 1] : null,
    previous?.row[9] === 'rerouted' ? previous.row[0] : null,
  ]
  return { row, events }
}

/** How many referrals dossier `index` holds: the scale's total split exactly over the dossiers. */
export const referralCount = (world: World, index: number) =>
  shareOf(world.seed, 2, world.sizes.referrals, world.sizes.dossiers, index)

/** A dossier's referrals and their events; a referral after a rerouted one says where it came from. */
export function referralRows(world: World, plan: DossierPlan): Referral[] {
  const draw = new Draw(world.seed, kinds.referrals, plan.index)
  const out: Referral[] = []
  for (let k = 0; k < referralCount(world, plan.index); k++) out.push(referral(world, plan, draw, k, out[k - 1]))
  return out
}
