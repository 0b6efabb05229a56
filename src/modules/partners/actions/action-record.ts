import { type Ctx, recordAudit } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { type ActionAgreement, actionProblems, findKindValidities } from './action-rules.js'
import { localActions } from './action.schema.js'
import type { ReportedActionInput } from './action.contracts.js'

export { reportedActionInput, type ReportedActionInput } from './action.contracts.js'

/**
 * Records the actions a partner declares in a report, inside the caller's transaction (`tx`: the report's use case
 * has checked access to the agreement). Each action must fit the agreement's period and use a kind in force on its
 * start date; every problem of every action is reported at once, keyed `actions.<index>.<field>` (400). The actions
 * take the agreement's region and point to the report. Returns the new actions' ids, in input order.
 */
export async function recordReportedActions(
  tx: Ctx,
  agreement: ActionAgreement,
  reportId: string,
  actions: readonly ReportedActionInput[],
): Promise<string[]> {
  if (actions.length === 0) return []
  const kinds = await findKindValidities(
    tx.db,
    actions.map((a) => a.kindCode),
  )
  const problems = Object.assign(
    {},
    ...actions.map((a, i) => actionProblems(a, agreement, kinds, undefined, `actions.${i}.`)),
  )
  if (Object.keys(problems).length > 0) throw invalidInput(problems)
  const rows = await tx.db
    .insert(localActions)
    .values(actions.map((a) => reportedRow(tx, agreement, reportId, a)))
    .returning({ id: localActions.id })
  for (const row of rows) {
    await recordAudit(tx, {
      action: 'action.reported',
      entityType: 'action',
      entityId: row.id,
      regionCode: agreement.regionCode,
      details: { agreementId: agreement.id, reportId },
    })
  }
  return rows.map((r) => r.id)
}

function reportedRow(tx: Ctx, agreement: ActionAgreement, reportId: string, a: ReportedActionInput) {
  return {
    agreementId: agreement.id,
    regionCode: agreement.regionCode,
    kindCode: a.kindCode,
    title: a.title,
    description: a.description ?? null,
    startOn: a.startOn,
    endOn: a.endOn,
    municipality: a.municipality ?? null,
    mrcCode: null,
    immigrantParticipants: a.immigrantParticipants ?? null,
    totalParticipants: a.totalParticipants ?? null,
    partnersInvolved: a.partnersInvolved ?? null,
    reportId,
    createdAt: tx.now,
    createdBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
  }
}
