import { arrayLiteral, type CopyValue } from './copy.js'
import { dayOf, localTimestamp } from './dates.js'
import { de, namePatterns, type OrganizationKind, placesOf, servicesByKind, slugOf } from './partners-names.js'
import type { PartnersWorld } from './partners-world.js'
import { Draw, kinds, uuidFor } from './random.js'

export const organizationColumns = [
  'id',
  'name',
  'kind',
  'region_code',
  'description',
  'street_address',
  'city',
  'postal_code',
  'website',
  'email',
  'phone',
  'services',
  'languages',
  'served_region_codes',
  'served_mrc_codes',
  'listed_publicly',
  'capacity_status',
  'waiting_count',
  'capacity_note',
  'capacity_updated_at',
  'created_at',
  'updated_at',
] as const

/** A directory organization: what the agreements and actions generators need to know of it. */
export type OrganizationPlan = {
  index: number
  id: string
  name: string
  kind: OrganizationKind
  regionIndex: number
  regionCode: string
  city: string
  servedMrcCodes: string[]
}

const kindWeights: [OrganizationKind, number][] = [
  ['community', 40],
  ['youth_employment', 8],
  ['local_development', 6],
  ['municipality', 10],
  ['mrc', 8],
  ['school_service_centre', 5],
  ['cooperative', 6],
  ['employment', 8],
  ['literacy', 5],
  ['other', 4],
]
const otherLanguages = ['es', 'ar', 'fa', 'zh', 'pt', 'uk', 'ru', 'ht', 'sw', 'vi', 'tl', 'ro'] as const
const capacityWeights = [
  ['available', 45],
  ['limited', 25],
  ['full', 8],
  ['waiting_list', 15],
  [null, 7],
] as const

function uniqueName(world: PartnersWorld, draw: Draw, regionIndex: number, kind: OrganizationKind, taken: Set<string>) {
  const region = world.regions[regionIndex]!
  const places = placesOf(region, kind)
  let name = ''
  for (let attempt = 0; attempt < 6; attempt++) {
    name = draw.pick(namePatterns[kind])(draw.pick(places))
    if (!taken.has(`${region.code}|${name.toLowerCase()}`)) break
  }
  // A name every draw found taken: the organization is another office of the same body.
  for (let n = 2; taken.has(`${region.code}|${name.toLowerCase()}`); n++)
    name = `${name.replace(/ — antenne \d+$/, '')} — antenne ${n}`
  taken.add(`${region.code}|${name.toLowerCase()}`)
  return name
}

/** A region's MRCs of type MRC not yet taken by an "MRC de …" organization; the kind falls back to municipality. */
function kindOf(draw: Draw, world: PartnersWorld, regionIndex: number, mrcsTaken: Set<string>): OrganizationKind {
  const kind = draw.weighted(kindWeights)
  if (kind !== 'mrc') return kind
  const free = world.regions[regionIndex]!.mrcs.filter((m) => m.isMrc && !mrcsTaken.has(m.code))
  return free.length > 0 ? 'mrc' : 'municipality'
}

/** One organization of region `regionIndex`; `mrcsTaken` and `taken` carry what the region's earlier ones used. */
function planOne(world: PartnersWorld, index: number, regionIndex: number, taken: Set<string>, mrcsTaken: Set<string>) {
  const region = world.regions[regionIndex]!
  const draw = new Draw(world.seed, kinds.organization, index)
  let kind = kindOf(draw, world, regionIndex, mrcsTaken)
  const ownMrc = kind === 'mrc' ? region.mrcs.find((m) => m.isMrc && !mrcsTaken.has(m.code)) : undefined
  let name = ownMrc ? `MRC ${de(ownMrc.name)}` : ''
  if (ownMrc) mrcsTaken.add(ownMrc.code)
  // The MRC already there (the demo's, say): this one is a municipality instead.
  if (ownMrc && taken.has(`${region.code}|${name.toLowerCase()}`)) kind = 'municipality'
  if (kind === 'mrc') taken.add(`${region.code}|${name.toLowerCase()}`)
  else name = uniqueName(world, draw, regionIndex, kind, taken)
  const served =
    kind === 'mrc' && ownMrc ? [ownMrc] : draw.sample(region.mrcs, draw.int(1, Math.min(3, region.mrcs.length)))
  return {
    index,
    id: uuidFor(world.seed, kinds.organization, index),
    name,
    kind,
    regionIndex,
    regionCode: region.code,
    city: draw.pick(region.cities),
    servedMrcCodes: served.map((m) => m.code).sort(),
  }
}

/**
 * Plans every directory organization, region by region (each region's count from `organizationCounts`): names are
 * unique in their region, also against those already in the database; an MRC appears at most once as an organization.
 */
export function organizationPlans(world: PartnersWorld): OrganizationPlan[] {
  const taken = new Set(world.takenNames)
  const plans: OrganizationPlan[] = []
  for (const [regionIndex, count] of world.organizationCounts.entries()) {
    const mrcsTaken = new Set<string>()
    for (let j = 0; j < count; j++) plans.push(planOne(world, plans.length, regionIndex, taken, mrcsTaken))
  }
  return plans
}

function servicesOf(draw: Draw, kind: OrganizationKind): string[] {
  const core = servicesByKind[kind]
  const picked = draw.sample(core, draw.int(1, core.length))
  return picked.sort()
}

function languagesOf(draw: Draw): string[] {
  const out = ['fr']
  if (draw.chance(0.55)) out.push('en')
  if (draw.chance(0.4)) out.push(...draw.sample(otherLanguages, draw.int(1, 3)))
  return out
}

/** The row of an organization: contact, services, languages, territories served, capacity as of `today`. */
export function organizationRow(world: PartnersWorld, plan: OrganizationPlan): CopyValue[] {
  const draw = new Draw(world.seed, kinds.organization + 32, plan.index)
  const region = world.regions[plan.regionIndex]!
  const slug = slugOf(plan.name)
  const capacity = plan.kind === 'mrc' || plan.kind === 'municipality' ? null : draw.weighted(capacityWeights)
  const waiting = capacity === 'waiting_list' ? draw.int(3, 80) : null
  const updated = world.today - draw.int(0, 150)
  const created = dayOf('2018-09-01') + draw.int(0, 900)
  return [
    plan.id,
    plan.name,
    plan.kind,
    plan.regionCode,
    `${plan.name} accueille et accompagne les personnes immigrantes à ${plan.city}.`,
    `${draw.int(10, 2990)}, ${draw.pick(['rue Principale', 'rue de l’Église', 'boulevard du Séminaire', 'avenue de la Gare', 'rue Notre-Dame'])}`,
    plan.city,
    `${region.fsa} ${draw.int(1, 9)}${String.fromCharCode(65 + draw.int(0, 25))}${draw.int(1, 9)}`,
    `https://www.${slug}.example`,
    `info@${slug}.example`,
    `${draw.pick(['418', '514', '450', '819', '581', '873'])}-555-01${String(draw.int(0, 99)).padStart(2, '0')}`,
    arrayLiteral(servicesOf(draw, plan.kind)),
    arrayLiteral(languagesOf(draw)),
    arrayLiteral(draw.chance(0.1) ? [plan.regionCode] : []),
    arrayLiteral(plan.servedMrcCodes),
    draw.chance(0.8),
    capacity,
    waiting,
    waiting === null ? null : `Délai d’attente d’environ ${Math.ceil(waiting / 5)} semaines.`,
    capacity === null ? null : localTimestamp(updated, 9 * 60 + draw.int(0, 480)),
    localTimestamp(created, 10 * 60),
    localTimestamp(Math.max(created, updated), 11 * 60),
  ]
}
