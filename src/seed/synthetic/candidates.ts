import { arrayLiteral, type CopyValue } from './copy.js'
import { dayOf, isoOf, LAST_DAY, localTimestamp } from './dates.js'
import type { EmployersWorld } from './employers-world.js'
import { personColumns, personId, personRow } from './persons.js'
import { Draw, kinds, uuidFor } from './random.js'

export const candidateColumns = [
  'id',
  'person_id',
  'target_cnp_codes',
  'target_broad_categories',
  'experience_years',
  'french_level',
  'credential_status',
  'work_permit',
  'available_on',
  'current_region_code',
  'current_mrc_code',
  'mobility_region_codes',
  'closed_at',
  'created_at',
  'updated_at',
] as const
export const jobMatchingConsentColumns = [
  'id',
  'person_id',
  'purpose',
  'text_id',
  'given_on',
  'expires_on',
  'recorded_at',
  'withdrawn_at',
] as const

const at = (column: (typeof personColumns)[number]) => personColumns.indexOf(column)
const credentialStatuses = [
  ['not_needed', 35],
  ['not_started', 25],
  ['in_progress', 20],
  ['recognized', 15],
  ['refused', 5],
] as const
const permitOf: Record<string, string> = {
  temporary_foreign_worker: 'employer_specific',
  international_student: 'open_permit',
  asylum_seeker: 'open_permit',
  other_temporary: 'none',
}

/** The person of candidate `c`: spread evenly over the persons (every person at Québec scale), never twice. */
export function candidatePerson(world: EmployersWorld, c: number): number {
  return Math.floor((c * world.sizes.persons) / world.sizes.candidates)
}

/** The day candidate `c`'s profile and consent were recorded (after the person's arrival, before the last day). */
function recordedDay(world: EmployersWorld, person: CopyValue[], c: number): number {
  const arrival = dayOf(String(person[at('arrival_date')]))
  return Math.min(LAST_DAY, arrival + new Draw(world.seed, kinds.jobMatchingConsent, c).int(30, 900))
}

/** Up to three targets: the first often an occupation the regions hire for, the next often in the same minor group. */
function targets(world: EmployersWorld, draw: Draw): string[] {
  const first = draw.chance(0.75) ? draw.pick(world.popular) : draw.pick(world.occupations).code
  const codes = new Set([first])
  const more = draw.weighted([
    [0, 45],
    [1, 35],
    [2, 20],
  ] as const)
  for (let k = 0; k < more; k++) {
    const neighbours = world.byMinorGroup.get(world.occupationOf.get(first)!.minorGroup) ?? []
    codes.add(draw.chance(0.5) && neighbours.length > 1 ? draw.pick(neighbours) : draw.pick(world.popular))
  }
  return [...codes]
}

/** Regions the person would move to: a third would, to one to three other regions (often the smaller ones). */
function mobility(world: EmployersWorld, draw: Draw, current: string): string[] {
  if (!draw.chance(0.35)) return []
  const others = world.people.regions.map((r) => r.code).filter((code) => code !== current)
  return draw.sample(others, draw.int(1, 3)).sort()
}

/** Candidate `c`'s profile as a COPY row (values in `candidateColumns` order): the person's region, MRC and French. */
export function candidateRow(world: EmployersWorld, c: number): CopyValue[] {
  const p = candidatePerson(world, c)
  const person = personRow(world.people, p)
  const draw = new Draw(world.seed, kinds.candidate, c)
  const codes = targets(world, draw)
  const region = String(person[at('region_code')])
  const french = person[at('french_oral_production')] as number | null
  const recorded = recordedDay(world, person, c)
  const created = localTimestamp(recorded, draw.int(9 * 60, 16 * 60))
  return [
    uuidFor(world.seed, kinds.candidate, c),
    personId(world.people, p),
    arrayLiteral(codes),
    arrayLiteral([...new Set(codes.map((code) => code.slice(0, 1)))].sort()),
    draw.chance(0.9)
      ? draw.weighted([
          [draw.int(0, 2), 40],
          [draw.int(3, 9), 45],
          [draw.int(10, 25), 15],
        ] as const)
      : null,
    french,
    draw.chance(0.85) ? draw.weighted(credentialStatuses) : null,
    permitOf[String(person[at('immigration_category')])] ?? 'permanent',
    draw.chance(0.8) ? isoOf(recorded + draw.int(0, 240)) : null,
    region,
    person[at('mrc_code')],
    arrayLiteral(mobility(world, draw, region)),
    draw.chance(0.05) ? localTimestamp(Math.min(LAST_DAY, recorded + draw.int(60, 400)), 15 * 60) : null,
    created,
    created,
  ]
}

/** Candidate `c`'s consent to job matching (a few expire after two years, a few were withdrawn). */
export function jobMatchingConsentRow(world: EmployersWorld, c: number): CopyValue[] {
  const p = candidatePerson(world, c)
  const given = recordedDay(world, personRow(world.people, p), c)
  const draw = new Draw(world.seed, kinds.jobMatchingConsent + 1000, c)
  return [
    uuidFor(world.seed, kinds.jobMatchingConsent, c),
    personId(world.people, p),
    'job_matching',
    world.jobMatchingTextId,
    isoOf(given),
    draw.chance(0.1) ? isoOf(given + 730) : null,
    localTimestamp(given, 9 * 60),
    draw.chance(0.03) ? localTimestamp(LAST_DAY, 11 * 60) : null,
  ]
}
