import type { DeliverableOutput, InstalmentOutput } from './obligation.contracts.js'
import type { DeliverableRow, InstalmentRow } from './obligation.queries.js'

/** paid; overdue when planned before today; due on its day; planned after. */
export function instalmentStatus(row: { plannedOn: string; paidOn: string | null }, today: string) {
  if (row.paidOn) return 'paid' as const
  if (row.plannedOn < today) return 'overdue' as const
  return row.plannedOn === today ? ('due' as const) : ('planned' as const)
}

/** Overdue: due before today and neither received nor accepted (a returned deliverable is owed again). */
export function deliverableOverdue(row: { dueOn: string; status: string }, today: string): boolean {
  return row.dueOn < today && (row.status === 'due' || row.status === 'returned')
}

export function presentInstalment(row: InstalmentRow, today: string): InstalmentOutput {
  return {
    id: row.id,
    agreementId: row.agreementId,
    number: row.number,
    plannedOn: row.plannedOn,
    amountCents: row.amountCents,
    condition: row.condition,
    deliverableId: row.deliverableId,
    paidOn: row.paidOn,
    status: instalmentStatus(row, today),
  }
}

export function presentDeliverable(row: DeliverableRow, today: string): DeliverableOutput {
  return {
    id: row.id,
    agreementId: row.agreementId,
    kind: row.kind,
    title: row.title,
    dueOn: row.dueOn,
    status: row.status,
    receivedOn: row.receivedOn,
    reviewedOn: row.reviewedOn,
    reviewComment: row.reviewComment,
    overdue: deliverableOverdue(row, today),
  }
}
