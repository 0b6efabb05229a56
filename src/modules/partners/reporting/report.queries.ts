import { and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { actionKinds, localActions } from '../actions/action.schema.js'
import { agreements } from '../agreements/agreement.schema.js'
import { deliverables } from '../obligations/obligation.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import type { ReportFile } from './report-files.js'
import type { ReportInput } from './report.contracts.js'
import { partnerReports, reportFiles } from './report.schema.js'

/** What a report's use cases need of its agreement: who owns it, where, its state and period. */
export type ReportAgreement = {
  id: string
  reference: string
  title: string
  organizationId: string
  regionCode: string
  status: (typeof agreements.$inferSelect)['status']
  startOn: string
  endOn: string
}

/** The agreement a report is made on; undefined for an unknown id. */
export async function findReportAgreement(db: Db, id: string): Promise<ReportAgreement | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({
      id: agreements.id,
      reference: agreements.reference,
      title: agreements.title,
      organizationId: agreements.organizationId,
      regionCode: agreements.regionCode,
      status: agreements.status,
      startOn: agreements.startOn,
      endOn: agreements.endOn,
    })
    .from(agreements)
    .where(eq(agreements.id, id))
  return row
}

/** A deliverable of an agreement (undefined when it belongs to another one), with its status. */
export async function findAgreementDeliverable(db: Db, agreementId: string, deliverableId: string) {
  const [row] = await db
    .select({ id: deliverables.id, status: deliverables.status })
    .from(deliverables)
    .where(and(eq(deliverables.id, deliverableId), eq(deliverables.agreementId, agreementId)))
  return row
}

/** The deliverables a partner may report against: due or sent back, earliest first. */
export async function listOpenDeliverables(db: Db, agreementId: string) {
  return db
    .select({ id: deliverables.id, title: deliverables.title, kind: deliverables.kind, dueOn: deliverables.dueOn })
    .from(deliverables)
    .where(and(eq(deliverables.agreementId, agreementId), inArray(deliverables.status, ['due', 'returned'])))
    .orderBy(asc(deliverables.dueOn))
}

const listColumns = {
  report: partnerReports,
  reference: agreements.reference,
  regionCode: agreements.regionCode,
  organizationName: organizations.name,
  deliverableTitle: deliverables.title,
  deliverableDueOn: deliverables.dueOn,
}

/** At most this many reports in a list; a page that reaches it says it shows the first ones. */
export const REPORT_LIST_LIMIT = 300

/** Reports with their agreement, organization and deliverable, matching `where`, in `order`, the first `limit`. */
function selectReports(db: Db, where: SQL | undefined, order: SQL[], limit = REPORT_LIST_LIMIT) {
  return db
    .select(listColumns)
    .from(partnerReports)
    .innerJoin(agreements, eq(agreements.id, partnerReports.agreementId))
    .innerJoin(organizations, eq(organizations.id, partnerReports.organizationId))
    .leftJoin(deliverables, eq(deliverables.id, partnerReports.deliverableId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
}

export type ReportListRow = Awaited<ReturnType<typeof selectReports>>[number]

/** The reports of an agreement, newest first. */
export function listAgreementReports(db: Db, agreementId: string): Promise<ReportListRow[]> {
  return selectReports(db, eq(partnerReports.agreementId, agreementId), [desc(partnerReports.submittedAt)])
}

/** The first `REPORT_LIST_LIMIT` reports awaiting review in some regions ('all' for every region), oldest first. */
export function listPendingReportRows(db: Db, regionCodes: 'all' | readonly string[]): Promise<ReportListRow[]> {
  const pending = eq(partnerReports.status, 'submitted')
  if (regionCodes !== 'all' && regionCodes.length === 0) return Promise.resolve([])
  const where = regionCodes === 'all' ? pending : and(pending, inArray(agreements.regionCode, [...regionCodes]))
  return selectReports(db, where, [asc(partnerReports.submittedAt)])
}

/** One report with its list fields; undefined for an unknown id. */
export async function findReportRow(db: Db, id: string): Promise<ReportListRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await selectReports(db, eq(partnerReports.id, id), [], 1)
  return row
}

/** A report's files (without their content) and the actions it declared, with their kind's names. */
export async function findReportAttachments(db: Db, reportId: string) {
  const [files, actions] = await Promise.all([
    db
      .select({
        id: reportFiles.id,
        fileName: reportFiles.fileName,
        contentType: reportFiles.contentType,
        sizeBytes: reportFiles.sizeBytes,
      })
      .from(reportFiles)
      .where(eq(reportFiles.reportId, reportId))
      .orderBy(asc(reportFiles.uploadedAt), asc(reportFiles.fileName)),
    db
      .select({ action: localActions, kindFr: actionKinds.nameFr, kindEn: actionKinds.nameEn })
      .from(localActions)
      .innerJoin(actionKinds, eq(actionKinds.code, localActions.kindCode))
      .where(eq(localActions.reportId, reportId))
      .orderBy(asc(localActions.startOn), asc(localActions.createdAt)),
  ])
  return { files, actions }
}

/** A file of a report, with its content; undefined when it belongs to another report. */
export async function findReportFile(db: Db, reportId: string, fileId: string) {
  if (!isUuid(fileId)) return undefined
  const [row] = await db
    .select()
    .from(reportFiles)
    .where(and(eq(reportFiles.id, fileId), eq(reportFiles.reportId, reportId)))
  return row
}

/** The report row alone, locked for its review (in the caller's transaction). */
export async function findReportForUpdate(db: Db, id: string) {
  const [row] = await db.select().from(partnerReports).where(eq(partnerReports.id, id)).for('update')
  return row
}

/** The action kinds of the catalogue in force at some time during a period (a report's actions), in their order. */
export function listActionKindsDuring(db: Db, startOn: string, endOn: string) {
  return db
    .select({ code: actionKinds.code, nameFr: actionKinds.nameFr, nameEn: actionKinds.nameEn })
    .from(actionKinds)
    .where(and(lte(actionKinds.validFrom, endOn), or(isNull(actionKinds.validTo), gt(actionKinds.validTo, startOn))))
    .orderBy(asc(actionKinds.sortOrder), asc(actionKinds.code))
}

/** A new report as submitted, by whom and when; its id. */
export async function insertReport(
  db: Db,
  agreement: Pick<ReportAgreement, 'id' | 'organizationId'>,
  input: ReportInput,
  submitted: { at: Date; by: string | null },
): Promise<string> {
  const [row] = await db
    .insert(partnerReports)
    .values({
      agreementId: agreement.id,
      organizationId: agreement.organizationId,
      deliverableId: input.deliverableId ?? null,
      narrative: input.narrative,
      immigrantParticipants: input.immigrantParticipants ?? null,
      totalParticipants: input.totalParticipants ?? null,
      activitiesHeld: input.activitiesHeld ?? null,
      spentCents: input.spentCents ?? null,
      status: 'submitted',
      submittedAt: submitted.at,
      submittedBy: submitted.by,
    })
    .returning({ id: partnerReports.id })
  return row!.id
}

/** The files of a new report, with their content. */
export async function insertReportFiles(db: Db, reportId: string, files: readonly ReportFile[], at: Date) {
  if (files.length === 0) return
  await db.insert(reportFiles).values(
    files.map((f) => ({
      reportId,
      fileName: f.fileName,
      contentType: f.contentType,
      sizeBytes: f.content.length,
      content: f.content,
      uploadedAt: at,
    })),
  )
}

/** Records the review of a report: its decision, by whom, when, and the comment the organization reads. */
export async function updateReportReview(
  db: Db,
  id: string,
  review: { decision: 'accepted' | 'returned'; at: Date; by: string | null; comment: string | null },
): Promise<void> {
  await db
    .update(partnerReports)
    .set({ status: review.decision, reviewedAt: review.at, reviewedBy: review.by, reviewComment: review.comment })
    .where(eq(partnerReports.id, id))
}
