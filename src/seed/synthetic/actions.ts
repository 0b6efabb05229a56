import type { CopyValue } from './copy.js'
import { isoOf, localTimestamp } from './dates.js'
import { type AgreementPlan, hasStarted } from './agreements.js'
import { actionTitles, genericActionTitle, longActionKinds } from './partners-names.js'
import type { PartnersWorld } from './partners-world.js'
import { Draw, kinds } from './random.js'

export const actionColumns = [
  'agreement_id',
  'region_code',
  'kind_code',
  'title',
  'description',
  'start_on',
  'end_on',
  'municipality',
  'mrc_code',
  'immigrant_participants',
  'total_participants',
  'partners_involved',
  'created_at',
] as const

const partnersInvolved = [
  'Bibliothèque municipale',
  'Centre de services scolaire',
  'Chambre de commerce',
  'Maison des jeunes',
  'Cégep',
  'Services Québec',
  'Caisse populaire',
  'Club de l’âge d’or',
]

/** The last day an action of the agreement can take place, as of `today`. */
const lastDayOf = (world: PartnersWorld, plan: AgreementPlan) => Math.min(world.today, plan.terminated ?? plan.end)

/**
 * The agreements local actions may hang on: started by `today` (an action lies within its period) and running on a
 * day some kind of the catalogue was in force (an agreement of 2017 that ended before the kinds existed has none).
 */
export function actionAgreements(world: PartnersWorld, plans: AgreementPlan[]): AgreementPlan[] {
  const firstKindDay = Math.min(...world.actionKinds.map((k) => k.validFrom))
  return plans.filter((p) => hasStarted(p) && lastDayOf(world, p) >= firstKindDay)
}

/** A kind of the catalogue in force during [from, last], drawn; the earliest kind when the drawn one came later. */
function kindFor(world: PartnersWorld, draw: Draw, last: number) {
  const kind = draw.pick(world.actionKinds)
  if (kind.validFrom <= last) return kind
  return world.actionKinds.reduce((a, b) => (b.validFrom < a.validFrom ? b : a))
}

function participants(draw: Draw, kind: string): [number | null, number | null] {
  if (longActionKinds.has(kind) && draw.chance(0.5)) return [null, null]
  const total = draw.int(8, 220)
  return [draw.int(Math.max(1, Math.floor(total * 0.15)), total), total]
}

/**
 * Local action `index`: an agreement drawn among those that have started, a kind from the catalogue, dates within the
 * agreement and before `today`, a place of its territory, immigrant participants never above the total.
 */
export function actionRow(world: PartnersWorld, agreements: AgreementPlan[], index: number): CopyValue[] {
  const draw = new Draw(world.seed, kinds.action, index)
  const plan = agreements[draw.int(0, agreements.length - 1)]!
  const last = lastDayOf(world, plan)
  const { code: kind, validFrom } = kindFor(world, draw, last)
  const start = draw.int(Math.max(plan.start, validFrom), last)
  const end = Math.min(last, start + (longActionKinds.has(kind) ? draw.int(0, 90) : draw.int(0, 3) === 0 ? 1 : 0))
  const region = world.regions[plan.organization.regionIndex]!
  const mrcCode = plan.mrcCodes.length > 0 ? draw.pick(plan.mrcCodes) : draw.pick(plan.organization.servedMrcCodes)
  const mrc = region.mrcs.find((m) => m.code === mrcCode)
  const municipality = draw.chance(0.6) ? plan.organization.city : (mrc?.name ?? plan.organization.city)
  const [immigrants, total] = participants(draw, kind)
  return [
    plan.id,
    plan.organization.regionCode,
    kind,
    (actionTitles[kind] ?? genericActionTitle)(municipality),
    `Organisée par ${plan.organization.name}.`,
    isoOf(start),
    isoOf(end),
    municipality,
    mrcCode ?? null,
    immigrants,
    total,
    draw.chance(0.6) ? draw.sample(partnersInvolved, draw.int(1, 3)).join(', ') : null,
    localTimestamp(Math.min(world.today, end + draw.int(1, 20)), 14 * 60),
  ]
}
