import { actorUserId, type Ctx, forbiddenUnless, inTransaction, recordAudit } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { conflict, notFound } from '../../../platform/errors.js'
import { findDeliverableForUpdate, reviewInTx } from '../obligations/deliverable-status.js'
import type { ReportListItem, ReportOutput, ReviewInput } from './report.contracts.js'
import { reportErrors as e } from './report.messages.js'
import { canListPendingReports, canReadAgreementReports, canReviewReport } from './report.policy.js'
import { presentReport, presentReportListItem } from './report.presenter.js'
import {
  findReportAttachments,
  findReportFile,
  findReportForUpdate,
  findReportRow,
  listAgreementReports,
  listPendingReportRows,
  type ReportListRow,
  updateReportReview,
} from './report.queries.js'
import { getReportAgreementOrThrow } from './report.service.js'

/** A report when the caller may read it (its organization, staff of its region); not_found otherwise. */
async function getReportOrThrow(ctx: Ctx, id: string): Promise<ReportListRow> {
  const row = await findReportRow(ctx.db, id)
  const owner = row && { organizationId: row.report.organizationId, regionCode: row.regionCode }
  if (!row || !owner || !canReadAgreementReports(ctx.actor, ctx.scope, owner)) throw notFound('report')
  return row
}

/** One report in full (narrative, figures, files, actions) as the caller may read it. */
export async function getReport(ctx: Ctx, id: string): Promise<ReportOutput> {
  const row = await getReportOrThrow(ctx, id)
  return presentReport(row, await findReportAttachments(ctx.db, row.report.id))
}

/** The reports of an agreement the caller reads, newest first. */
export async function listReports(ctx: Ctx, agreementId: string): Promise<ReportListItem[]> {
  const agreement = await getReportAgreementOrThrow(ctx, agreementId)
  return (await listAgreementReports(ctx.db, agreement.id)).map(presentReportListItem)
}

/**
 * The reports of an agreement its caller has already read and scope-checked (the agreement page's section), newest
 * first: a plain read by id.
 */
export async function listReportsOfAgreement(db: Db, agreementId: string): Promise<ReportListItem[]> {
  return (await listAgreementReports(db, agreementId)).map(presentReportListItem)
}

/** The reports awaiting review in the caller's regions, oldest first (staff). */
export async function listPendingReports(ctx: Ctx): Promise<ReportListItem[]> {
  forbiddenUnless(canListPendingReports(ctx.actor))
  return (await listPendingReportRows(ctx.db, ctx.scope.regionCodes)).map(presentReportListItem)
}

/**
 * Reviews a submitted report: accepted, or returned with a comment; its deliverable, when still waiting on this
 * review, follows (received → accepted / returned). One transaction with the audit event.
 */
export async function reviewReport(ctx: Ctx, id: string, input: ReviewInput): Promise<ReportOutput> {
  const row = await getReportOrThrow(ctx, id)
  forbiddenUnless(canReviewReport(ctx.actor, ctx.scope, { organizationId: '', regionCode: row.regionCode }))
  await inTransaction(ctx, async (tx) => {
    const report = await findReportForUpdate(tx.db, id)
    if (report?.status !== 'submitted') throw conflict('REPORT_ALREADY_REVIEWED', 'decision', e.alreadyReviewed)
    const comment = input.comment?.trim() || null
    await updateReportReview(tx.db, id, {
      decision: input.decision,
      at: tx.now,
      by: actorUserId(tx.actor),
      comment,
    })
    if (report.deliverableId) {
      const deliverable = await findDeliverableForUpdate(tx, report.deliverableId)
      // Staff may have reviewed the deliverable itself meanwhile: only one still waiting on a review follows.
      if (deliverable?.deliverable.status === 'received') {
        await reviewInTx(tx, report.deliverableId, input.decision, comment)
      }
    }
    await recordAudit(tx, {
      action: 'report.reviewed',
      entityType: 'report',
      entityId: id,
      regionCode: row.regionCode,
      details: { decision: input.decision, agreementId: report.agreementId, deliverableId: report.deliverableId },
    })
  })
  return getReport(ctx, id)
}

/** A file of a report the caller reads, with its content; each download is audited. */
export async function downloadReportFile(ctx: Ctx, reportId: string, fileId: string) {
  const row = await getReportOrThrow(ctx, reportId)
  const file = await findReportFile(ctx.db, row.report.id, fileId)
  if (!file) throw notFound('file')
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: 'report.file_downloaded',
      entityType: 'report',
      entityId: row.report.id,
      regionCode: row.regionCode,
      details: { fileId: file.id, agreementId: row.report.agreementId },
    }),
  )
  return {
    agreementId: row.report.agreementId,
    fileName: file.fileName,
    contentType: file.contentType,
    content: file.content,
  }
}
