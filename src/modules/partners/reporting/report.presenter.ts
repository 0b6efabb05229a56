import type { ReportListItem, ReportOutput } from './report.contracts.js'
import type { findReportAttachments, ReportListRow } from './report.queries.js'

/** A report row as listed: every field named. */
export function presentReportListItem(row: ReportListRow): ReportListItem {
  const r = row.report
  return {
    id: r.id,
    agreementId: r.agreementId,
    agreementReference: row.reference,
    organizationId: r.organizationId,
    organizationName: row.organizationName,
    regionCode: row.regionCode,
    deliverable:
      r.deliverableId && row.deliverableTitle && row.deliverableDueOn
        ? { id: r.deliverableId, title: row.deliverableTitle, dueOn: row.deliverableDueOn }
        : null,
    status: r.status,
    submittedAt: r.submittedAt.toISOString(),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    reviewComment: r.reviewComment,
  }
}

/** A report in full, with its files (no content) and declared actions. */
export function presentReport(
  row: ReportListRow,
  attachments: Awaited<ReturnType<typeof findReportAttachments>>,
): ReportOutput {
  const r = row.report
  return {
    ...presentReportListItem(row),
    narrative: r.narrative,
    immigrantParticipants: r.immigrantParticipants,
    totalParticipants: r.totalParticipants,
    activitiesHeld: r.activitiesHeld,
    spentCents: r.spentCents,
    files: attachments.files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      contentType: f.contentType,
      sizeBytes: f.sizeBytes,
    })),
    actions: attachments.actions.map(({ action: a, kindFr, kindEn }) => ({
      id: a.id,
      kindCode: a.kindCode,
      kindName: { fr: kindFr, en: kindEn },
      title: a.title,
      startOn: a.startOn,
      endOn: a.endOn,
      municipality: a.municipality,
      immigrantParticipants: a.immigrantParticipants,
      totalParticipants: a.totalParticipants,
    })),
  }
}
