import type { CopyValue } from './copy.js'
import { dayOf, isoOf } from './dates.js'
import { type AgreementPlan, fiscalYearStart } from './agreements.js'
import type { PartnersWorld } from './partners-world.js'
import { Draw, kinds, uuidFor } from './random.js'

export const deliverableColumns = [
  'id',
  'agreement_id',
  'kind',
  'title',
  'due_on',
  'status',
  'received_on',
  'reviewed_on',
  'review_comment',
] as const
export const instalmentColumns = [
  'agreement_id',
  'number',
  'planned_on',
  'amount_cents',
  'condition',
  'deliverable_id',
  'paid_on',
] as const

type Deliverable = {
  id: string
  /** The fiscal year (0 for the first) of an interim report; null for the final reports. */
  year: number | null
  kind: string
  title: string
  due: number
  status: 'due' | 'received' | 'accepted' | 'returned'
  received: number | null
  reviewed: number | null
}

const fyLabel = (fy: number) => `${fy}-${fy + 1}`
/** Days after the agreement's end its final reports are due. */
const FINAL_REPORTS_AFTER = 60

/** A report's status as of `today`: mostly accepted when past due, some received or sent back, a few overdue. */
function reviewed(world: PartnersWorld, draw: Draw, d: Omit<Deliverable, 'status' | 'received' | 'reviewed'>) {
  const today = world.today
  if (d.due > today) {
    const early = d.due - today <= 30 && draw.chance(0.1)
    return {
      ...d,
      status: early ? 'received' : 'due',
      received: early ? today - draw.int(0, 5) : null,
      reviewed: null,
    } as const
  }
  const old = today - d.due > 365
  const status = draw.weighted<Deliverable['status']>(
    old
      ? [
          ['accepted', 94],
          ['returned', 1],
          ['received', 1],
          ['due', 4],
        ]
      : [
          ['accepted', 80],
          ['returned', 5],
          ['received', 7],
          ['due', 8],
        ],
  )
  if (status === 'due') return { ...d, status, received: null, reviewed: null }
  const received = Math.min(today, d.due + draw.int(-20, 15))
  if (status === 'received') return { ...d, status, received, reviewed: null }
  return { ...d, status, received, reviewed: Math.min(today, received + draw.int(3, 30)) }
}

/**
 * One interim activity report per fiscal year (November 15), then the final activity and financial reports two months
 * after the end; a terminated agreement owes no interim report after its termination, and its final ones sooner.
 */
export function deliverablesOf(world: PartnersWorld, plan: AgreementPlan): Deliverable[] {
  const draw = new Draw(world.seed, kinds.obligations, plan.index)
  const id = (k: number) => uuidFor(world.seed, kinds.deliverable, plan.index * 8 + k)
  const ended = plan.terminated ?? plan.end
  const planned = plan.amounts.map((_, k) => ({
    id: id(k),
    year: k as number | null,
    kind: 'interim_activity_report',
    title: `Rapport d’étape ${fyLabel(plan.fiscalYear + k)}`,
    due: dayOf(`${plan.fiscalYear + k}-11-15`),
  }))
  const finalDue = ended + FINAL_REPORTS_AFTER
  const interim = planned.filter((d) => d.due <= ended)
  interim.push(
    { id: id(6), year: null, kind: 'final_activity_report', title: 'Rapport final d’activités', due: finalDue },
    { id: id(7), year: null, kind: 'final_financial_report', title: 'Rapport financier final', due: finalDue },
  )
  return interim.map((d) => reviewed(world, draw, d))
}

export function deliverableRows(deliverables: Deliverable[], plan: AgreementPlan): CopyValue[][] {
  return deliverables.map((d) => [
    d.id,
    plan.id,
    d.kind,
    d.title,
    isoOf(d.due),
    d.status,
    d.received === null ? null : isoOf(d.received),
    d.reviewed === null ? null : isoOf(d.reviewed),
    d.status === 'returned' ? 'Précisez les résultats atteints et joignez la liste des participants.' : null,
  ])
}

/**
 * Two instalments per fiscal year that add up exactly to its amount: most of it two weeks after the year's (or the
 * agreement's) start, the rest on November 27 once the year's interim report is accepted. Paid when due as of `today`
 * (the second only after its report's acceptance), never after a termination.
 */
export function instalmentRows(world: PartnersWorld, plan: AgreementPlan, deliverables: Deliverable[]): CopyValue[][] {
  const draw = new Draw(world.seed, kinds.obligations + 64, plan.index)
  const payable = Math.min(world.today, plan.terminated ?? plan.end)
  const started = plan.status !== 'preparation' && plan.status !== 'signed'
  const paidOn = (planned: number, after: number) => {
    const from = Math.max(planned, after)
    return started && from <= payable ? Math.min(payable, from + draw.int(0, 15)) : null
  }
  return plan.amounts.flatMap((amount, k) => {
    const first = Math.max(plan.start, fiscalYearStart(plan.fiscalYear + k)) + 14
    const second = fiscalYearStart(plan.fiscalYear + k) + 240
    const firstCents = Math.round((amount * draw.int(60, 90)) / 100 / 100) * 100
    const report = deliverables.find((d) => d.year === k)
    const accepted = report?.status === 'accepted' ? report.reviewed : null
    return [
      [
        plan.id,
        2 * k + 1,
        isoOf(first),
        firstCents,
        k === 0 ? 'Signature de l’entente' : 'Début de l’exercice financier',
        null,
        iso(draw.chance(0.97) ? paidOn(first, first) : null),
      ],
      [
        plan.id,
        2 * k + 2,
        isoOf(second),
        amount - firstCents,
        'Rapport d’étape accepté',
        report?.id ?? null,
        iso(accepted === null ? null : paidOn(second, accepted)),
      ],
    ]
  })
}

const iso = (day: number | null) => (day === null ? null : isoOf(day))
