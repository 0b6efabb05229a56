import { actorUserId, type Ctx, forbiddenUnless, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { invalidInput } from '../../../platform/errors.js'
import { deletePlacementOfProposal, insertPlacement, refreshNeedStatus } from './placement.queries.js'
import { type Move, moveProblem, pathTo, type ProposalStatus, targetOf } from './proposal-lifecycle.js'
import type { AnswerInput, ProposalOutput } from './proposal.contracts.js'
import {
  hireDateBeforeProposal,
  hireDateInFuture,
  illegalAnswer,
  needNotOpen,
  nothingToTakeBack,
  profileNotVisible,
  reasonRequired,
} from './proposal.errors.js'
import { canWriteProposals } from './proposal.policy.js'
import {
  findNeed,
  findProposal,
  findVisibleProfile,
  insertProposalEvent,
  listProposalEvents,
  type ProposalListRow,
  updateProposalRow,
} from './proposal.queries.js'
import { getProposalRowInScope, presentProposals } from './proposal.service.js'

const auditActionOf: Record<Move, string> = {
  interview: 'proposal.interview',
  hired: 'proposal.hired',
  declined: 'proposal.declined',
  revert: 'proposal.reverted',
}

/** Checks the move against the state machine and the dates (a hire dated between the proposal and today). */
async function checkMove(ctx: Ctx, row: ProposalListRow, input: AnswerInput, today: string): Promise<ProposalStatus> {
  const { status, proposedOn } = row.proposal
  const problem = moveProblem({ status, proposedOn }, input.move, input.on, today)
  if (problem?.field === 'move') throw illegalAnswer('move', problem.message)
  if (problem) throw invalidInput({ on: problem.message })
  if (input.move === 'declined' && !input.declineReason) throw reasonRequired()
  if (input.move === 'hired' && (input.hiredOn ?? input.on) > today) throw hireDateInFuture()
  if (input.move === 'hired' && (input.hiredOn ?? input.on) < proposedOn) throw hireDateBeforeProposal(proposedOn)
  const target = targetOf(pathTo(status, await listProposalEvents(ctx.db, row.proposal.id)), input.move)
  if (!target) throw nothingToTakeBack()
  return target
}

/** A hire: the need must still take one, the candidate still be visible; the placement copies the need's position. */
async function recordHire(ctx: Ctx, row: ProposalListRow, input: AnswerInput, today: string): Promise<void> {
  const need = (await findNeed(ctx.db, row.proposal.labourNeedId, true))!
  if (need.status !== 'open' && need.status !== 'partially_filled') throw needNotOpen()
  const profile = await findVisibleProfile(ctx.db, ctx.scope, row.proposal.profileId, today)
  if (!profile) throw profileNotVisible()
  const placement = await insertPlacement(ctx.db, {
    proposalId: row.proposal.id,
    labourNeedId: need.id,
    enterpriseId: need.enterpriseId,
    personId: profile.personId,
    hiredOn: input.hiredOn ?? input.on,
    positionTitle: input.positionTitle ?? need.title,
    cnpCode: need.cnpCode,
    employmentType: input.employmentType ?? need.employmentType,
    regionCode: need.regionCode,
    // The mobility view counts hires whose candidate lived in another region when hired.
    originRegionCode: profile.currentRegionCode,
    createdAt: ctx.now,
    createdBy: actorUserId(ctx.actor),
  })
  const interregional = placement.originRegionCode !== placement.regionCode
  await recordAudit(ctx, {
    action: 'placement.created',
    entityType: 'placement',
    entityId: placement.id,
    regionCode: need.regionCode,
    details: { proposalId: row.proposal.id, interregional },
  })
}

/** Taking back a hire removes its placement (audited). */
async function removeHire(ctx: Ctx, row: ProposalListRow): Promise<void> {
  const removed = await deletePlacementOfProposal(ctx.db, row.proposal.id)
  if (!removed) return
  await recordAudit(ctx, {
    action: 'placement.removed',
    entityType: 'placement',
    entityId: removed.id,
    regionCode: removed.regionCode,
    details: { proposalId: row.proposal.id },
  })
}

/**
 * Records the enterprise's answer to a proposal (interview, hired, declined) or takes the last answer back; illegal
 * moves are a conflict. A hire writes a placement, taking it back removes it, and the need's status follows.
 */
export async function answerProposal(ctx: Ctx, id: string, input: AnswerInput): Promise<ProposalOutput> {
  forbiddenUnless(canWriteProposals(ctx.actor, ctx.scope))
  const today = civilDate(ctx.now)
  return inTransaction(ctx, async (tx) => {
    const row = await getProposalRowInScope(tx, id)
    forbiddenUnless(canWriteProposals(tx.actor, tx.scope, row.regionCode))
    const from = row.proposal.status
    const to = await checkMove(tx, row, input, today)
    if (input.move === 'hired') await recordHire(tx, row, input, today)
    if (from === 'hired') await removeHire(tx, row)
    await updateProposalRow(tx.db, id, {
      status: to,
      declineReason: to === 'declined' ? input.declineReason! : null,
      answeredOn: to === 'proposed' ? null : input.on,
      comment: input.comment ?? row.proposal.comment,
      updatedAt: tx.now,
    })
    const by = actorUserId(tx.actor)
    const reason = input.move === 'declined' ? input.declineReason! : (input.comment ?? null)
    await insertProposalEvent(tx.db, { proposalId: id, fromStatus: from, toStatus: to, reason, at: tx.now, by })
    await recordAudit(tx, {
      action: auditActionOf[input.move],
      entityType: 'proposal',
      entityId: id,
      regionCode: row.regionCode,
      details: { from, to, on: input.on },
    })
    if (input.move === 'hired' || from === 'hired') await refreshNeedStatus(tx.db, row.proposal.labourNeedId)
    const [out] = await presentProposals(tx, [(await findProposal(tx.db, tx.scope, id, today))!])
    return out!
  })
}
