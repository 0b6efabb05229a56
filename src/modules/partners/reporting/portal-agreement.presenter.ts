import { deliverableOverdue } from '../obligations/obligation.presenter.js'
import type { ReportListItem } from './report.contracts.js'
import { presentReportListItem } from './report.presenter.js'
import type { ReportListRow } from './report.queries.js'
import type { findAgreementObligations, findOrganizationAgreement } from './portal-agreement.queries.js'

type AgreementRow = NonNullable<Awaited<ReturnType<typeof findOrganizationAgreement>>>
type Obligations = Awaited<ReturnType<typeof findAgreementObligations>>

/**
 * One agreement as the partner portal shows it: every field named, so a new column is not shown by accident; a
 * deliverable is overdue on `today` (Québec civil date) as staff see it.
 */
export function presentOwnAgreement(
  row: AgreementRow,
  obligations: Obligations,
  reports: readonly ReportListRow[],
  today: string,
) {
  return {
    agreement: {
      id: row.id,
      reference: row.reference,
      title: row.title,
      programFr: row.programFr,
      programEn: row.programEn,
      voletFr: row.voletFr,
      voletEn: row.voletEn,
      startOn: row.startOn,
      endOn: row.endOn,
      totalCents: row.totalCents,
      status: row.status,
      objectives: row.objectives,
    },
    amounts: obligations.amounts.map((a) => ({ fiscalYear: a.fiscalYear, amountCents: a.amountCents })),
    schedule: obligations.schedule.map((i) => ({
      number: i.number,
      plannedOn: i.plannedOn,
      amountCents: i.amountCents,
      condition: i.condition,
      paidOn: i.paidOn,
    })),
    deliverables: obligations.deliverables.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      dueOn: d.dueOn,
      status: d.status,
      reviewComment: d.reviewComment,
      overdue: deliverableOverdue(d, today),
    })),
    reports: reports.map((r): ReportListItem => presentReportListItem(r)),
  }
}

export type OwnAgreement = ReturnType<typeof presentOwnAgreement>
