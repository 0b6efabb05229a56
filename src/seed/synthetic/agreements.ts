import { arrayLiteral, type CopyValue } from './copy.js'
import { dayOf, isoOf, localTimestamp } from './dates.js'
import type { OrganizationPlan } from './organizations.js'
import type { PartnersWorld, Volet } from './partners-world.js'
import { Draw, kinds, uuidFor } from './random.js'

export const agreementColumns = [
  'id',
  'reference',
  'organization_id',
  'region_code',
  'program_code',
  'volet_id',
  'title',
  'objectives',
  'mrc_codes',
  'start_on',
  'end_on',
  'status',
  'signed_on',
  'started_on',
  'completed_on',
  'terminated_on',
  'termination_reason',
  'funds_referrals',
  'total_cents',
  'created_at',
  'updated_at',
] as const
export const amountColumns = ['agreement_id', 'fiscal_year', 'amount_cents'] as const
export const agreementEventColumns = ['agreement_id', 'from_status', 'to_status', '"on"', 'comment', 'at'] as const

export type AgreementStatus = 'preparation' | 'signed' | 'in_progress' | 'completed' | 'terminated'

/** An agreement as the obligations and actions generators see it; days are day numbers. */
export type AgreementPlan = {
  index: number
  id: string
  organization: OrganizationPlan
  volet: Volet
  fiscalYear: number
  /** Yearly amounts in cents, one per fiscal year from `fiscalYear`. */
  amounts: number[]
  start: number
  end: number
  status: AgreementStatus
  created: number
  signed: number | null
  completed: number | null
  terminated: number | null
  mrcCodes: string[]
}

const fiscalYearWeights: [number, number][] = [
  [2017, 3],
  [2018, 4],
  ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((fy) => [fy, 10] as [number, number]),
  [2026, 8],
  [2027, 3],
]
/** Volets by the kind of organization: MRCs and municipalities under PAC volet 1 (or Mobilisation-Diversité). */
const localGovernment = new Set(['mrc', 'municipality'])
const voletWeights: Record<string, number> = {
  'PAC/1': 10,
  'PAC/2': 35,
  'PASI/AQ': 20,
  'PASI/PP': 15,
  'PASI/RPE': 4,
  'PASI/DA': 4,
  'PASI/INN': 8,
  'SAM/M': 10,
  'MD/G': 10,
  'PRI/G': 10,
}

export const fiscalYearStart = (fy: number) => dayOf(`${fy}-04-01`)
export const fiscalYearEnd = (fy: number) => dayOf(`${fy + 1}-03-31`)

function eligible(volet: Volet, org: OrganizationPlan, start: number, end: number): boolean {
  const key = `${volet.programCode}/${volet.code}`
  if (volet.validFrom > start || (volet.validTo !== null && volet.validTo < end)) return false
  if (localGovernment.has(org.kind)) return key === 'PAC/1' || key === 'MD/G'
  if (key === 'PAC/1') return false
  return key !== 'SAM/M' || org.kind === 'community'
}

/** A fiscal year, a length of 1–3 years and a volet valid over them for this organization (fewer years if need be). */
function periodAndVolet(world: PartnersWorld, draw: Draw, org: OrganizationPlan) {
  const fiscalYear = draw.weighted(fiscalYearWeights)
  const start = fiscalYearStart(fiscalYear) + (draw.chance(0.6) ? 0 : draw.int(1, 120))
  for (let years = draw.int(1, 3); years >= 1; years--) {
    const end = fiscalYearEnd(fiscalYear + years - 1)
    const volets = world.volets.filter((v) => eligible(v, org, start, end))
    if (volets.length === 0) continue
    const volet = draw.weighted(volets.map((v) => [v, voletWeights[`${v.programCode}/${v.code}`] ?? 3] as const))
    return { fiscalYear, years, start, end, volet }
  }
  return null
}

/** Status and its dates as of `today`: signed before the start, started on it, completed a while after the end. */
function lifecycle(world: PartnersWorld, draw: Draw, start: number, end: number) {
  const today = world.today
  const signedDay = start - draw.int(10, 75)
  const created = Math.min(signedDay, today) - draw.int(15, 60)
  const none = { created, signed: null, completed: null, terminated: null }
  if (start > today) {
    return signedDay <= today && draw.chance(0.5)
      ? { ...none, status: 'signed' as const, signed: signedDay }
      : { ...none, status: 'preparation' as const }
  }
  const base = { ...none, signed: signedDay }
  if (draw.chance(end < today ? 0.04 : 0.02)) {
    const terminated = draw.int(Math.min(start + 60, today), Math.min(end, today))
    return { ...base, status: 'terminated' as const, terminated }
  }
  if (end < today - 45)
    return { ...base, status: 'completed' as const, completed: Math.min(today, end + draw.int(30, 120)) }
  return { ...base, status: 'in_progress' as const }
}

/** Every agreement, each with an organization drawn among all (so regions get agreements as they get partners). */
export function agreementPlans(world: PartnersWorld, organizations: OrganizationPlan[]): AgreementPlan[] {
  const plans: AgreementPlan[] = []
  for (let i = 0; plans.length < world.sizes.agreements && i < world.sizes.agreements * 3; i++) {
    const draw = new Draw(world.seed, kinds.agreement, i)
    const organization = organizations[draw.int(0, organizations.length - 1)]!
    const period = periodAndVolet(world, draw, organization)
    if (!period) continue
    const index = plans.length
    const amounts = Array.from({ length: period.years }, () => draw.int(25, 150) * 100_000)
    const served = organization.servedMrcCodes
    const mrcCodes = draw.chance(0.5) ? [] : draw.sample(served, draw.int(1, served.length)).sort()
    const { fiscalYear, start, end, volet } = period
    plans.push({
      index,
      id: uuidFor(world.seed, kinds.agreement, index),
      organization,
      volet,
      fiscalYear,
      amounts,
      start,
      end,
      mrcCodes,
      ...lifecycle(world, draw, start, end),
    })
  }
  return plans
}

const titles: Record<string, string> = {
  PAC: 'Plan d’action pour l’accueil et l’intégration des personnes immigrantes',
  PASI: 'Accompagnement et soutien à l’intégration des personnes immigrantes',
  SAM: 'Soutien à la mission globale',
  MD: 'Mobilisation-Diversité : concertation régionale',
  PRI: 'Réussir l’intégration : services aux nouveaux arrivants',
}

export const hasStarted = (plan: AgreementPlan) => plan.status !== 'preparation' && plan.status !== 'signed'

/** The civil day of the agreement's latest status change. */
function lastChange(plan: AgreementPlan): number {
  if (plan.completed !== null) return plan.completed
  if (plan.terminated !== null) return plan.terminated
  if (hasStarted(plan)) return plan.start
  return plan.signed ?? plan.created
}

/** The agreement's row: a unique reference (program, region, first fiscal year, number), its title and dates. */
export function agreementRow(plan: AgreementPlan): CopyValue[] {
  const { organization: org, volet } = plan
  const years = plan.amounts.length
  return [
    plan.id,
    `${volet.programCode}-${org.regionCode}-${plan.fiscalYear}-${String(plan.index + 1).padStart(5, '0')}`,
    org.id,
    org.regionCode,
    volet.programCode,
    volet.id,
    `${titles[volet.programCode] ?? 'Entente de financement'} — ${org.city} ${plan.fiscalYear}-${plan.fiscalYear + years}`,
    `Offrir aux personnes immigrantes de ${org.city} un accueil, un accompagnement et des activités de rapprochement interculturel.`,
    arrayLiteral(plan.mrcCodes),
    isoOf(plan.start),
    isoOf(plan.end),
    plan.status,
    plan.signed === null ? null : isoOf(plan.signed),
    hasStarted(plan) ? isoOf(plan.start) : null,
    plan.completed === null ? null : isoOf(plan.completed),
    plan.terminated === null ? null : isoOf(plan.terminated),
    plan.terminated === null ? null : 'Résiliée d’un commun accord : l’organisme a cessé ses activités d’intégration.',
    volet.programCode === 'PASI' && volet.code === 'AQ',
    plan.amounts.reduce((s, a) => s + a, 0),
    localTimestamp(plan.created, 9 * 60 + 30),
    localTimestamp(lastChange(plan), 10 * 60),
  ]
}

export function amountRows(plan: AgreementPlan): CopyValue[][] {
  return plan.amounts.map((cents, k) => [plan.id, plan.fiscalYear + k, cents])
}

/** The status changes that led to the plan's status, each on its civil date. */
export function agreementEventRows(plan: AgreementPlan): CopyValue[][] {
  const steps: [string | null, string, number | null, string | null][] = [
    [null, 'preparation', plan.created, null],
    ['preparation', 'signed', plan.signed, null],
    ['signed', 'in_progress', hasStarted(plan) ? plan.start : null, null],
    ['in_progress', 'completed', plan.completed, null],
    ['in_progress', 'terminated', plan.terminated, 'Résiliée d’un commun accord.'],
  ]
  return steps
    .filter((s): s is [string | null, string, number, string | null] => s[2] !== null)
    .map(([from, to, day, comment], i) => [plan.id, from, to, isoOf(day), comment, localTimestamp(day, 9 * 60 + i)])
}
