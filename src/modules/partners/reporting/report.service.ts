import { actorUserId, type Ctx, forbiddenUnless, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, invalidInput, notFound } from '../../../platform/errors.js'
import type { UploadedFile } from '../../../platform/http/uploads.js'
import { recordReportedActions } from '../actions/action-record.js'
import { markReceivedInTx } from '../obligations/deliverable-status.js'
import { checkReportFiles } from './report-files.js'
import type { ReportInput } from './report.contracts.js'
import { reportErrors as e } from './report.messages.js'
import { canReadAgreementReports, canSeeAgreementInState, canSubmitReport } from './report.policy.js'
import {
  findAgreementDeliverable,
  findReportAgreement,
  insertReport,
  insertReportFiles,
  listActionKindsDuring,
  listOpenDeliverables,
  type ReportAgreement,
} from './report.queries.js'

/** The agreement when the caller may read its reports; not_found otherwise (another organization, another region). */
export async function getReportAgreementOrThrow(ctx: Ctx, agreementId: string): Promise<ReportAgreement> {
  const agreement = await findReportAgreement(ctx.db, agreementId)
  if (!agreement || !canReadAgreementReports(ctx.actor, ctx.scope, agreement)) throw notFound('agreement')
  if (!canSeeAgreementInState(ctx.actor, agreement.status)) throw notFound('agreement')
  return agreement
}

/** Refuses a report on an agreement still being prepared: nothing has been funded yet. */
function assertReportable(agreement: ReportAgreement): void {
  if (agreement.status === 'preparation') {
    throw conflict('AGREEMENT_IN_PREPARATION', 'agreement', e.agreementInPreparation)
  }
}

/** The deliverable a report answers must be one of the agreement's, due or sent back. */
async function assertOpenDeliverable(ctx: Ctx, agreementId: string, deliverableId: string): Promise<void> {
  const deliverable = await findAgreementDeliverable(ctx.db, agreementId, deliverableId)
  if (!deliverable || (deliverable.status !== 'due' && deliverable.status !== 'returned')) {
    throw invalidInput({ deliverableId: e.deliverableNotOpen })
  }
}

/**
 * What the report form offers on an agreement the caller may report on: its due or returned deliverables and the
 * action kinds in force during its period. Another organization's agreement: not_found; one in preparation: conflict.
 */
export async function getReportFormChoices(ctx: Ctx, agreementId: string) {
  const agreement = await getReportAgreementOrThrow(ctx, agreementId)
  forbiddenUnless(canSubmitReport(ctx.actor, ctx.scope, agreement))
  assertReportable(agreement)
  const [deliverables, kinds] = await Promise.all([
    listOpenDeliverables(ctx.db, agreement.id),
    listActionKindsDuring(ctx.db, agreement.startOn, agreement.endOn),
  ])
  return { agreement, deliverables, kinds }
}

export type ReportFormChoices = Awaited<ReturnType<typeof getReportFormChoices>>

/**
 * Submits a report on an agreement (the partner, or a director recording it): in one transaction the report, its
 * files, the actions it declares, its deliverable received today, and the audit event. Another organization's
 * agreement answers not_found; one in preparation a conflict; bad figures, files or a foreign deliverable invalid.
 */
export async function submitReport(
  ctx: Ctx,
  agreementId: string,
  input: ReportInput,
  uploads: readonly UploadedFile[] = [],
): Promise<{ id: string; agreementId: string }> {
  const agreement = await getReportAgreementOrThrow(ctx, agreementId)
  forbiddenUnless(canSubmitReport(ctx.actor, ctx.scope, agreement))
  assertReportable(agreement)
  const { files, errors } = checkReportFiles(uploads)
  if (errors) throw invalidInput(errors)
  if (input.deliverableId) await assertOpenDeliverable(ctx, agreement.id, input.deliverableId)
  return inTransaction(ctx, async (tx) => {
    const id = await insertReport(tx.db, agreement, input, { at: tx.now, by: actorUserId(tx.actor) })
    await insertReportFiles(tx.db, id, files, tx.now)
    await recordReportedActions(tx, agreement, id, input.actions)
    if (input.deliverableId) await markReceivedInTx(tx, input.deliverableId, civilDate(tx.now))
    await recordAudit(tx, {
      action: 'report.submitted',
      entityType: 'report',
      entityId: id,
      regionCode: agreement.regionCode,
      details: { agreementId: agreement.id, deliverableId: input.deliverableId ?? null, files: files.length },
    })
    return { id, agreementId: agreement.id }
  })
}
