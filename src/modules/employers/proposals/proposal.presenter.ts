import type { PlacementOutput, ProposalEventOutput, ProposalOutput } from './proposal.contracts.js'
import type { PlacementListRow } from './placement.queries.js'
import type { ProposalListRow } from './proposal.queries.js'
import type { proposalEvents } from './proposal.schema.js'

/** Names of persons by id: only those the caller may see are looked up. */
type Names = ReadonlyMap<string, string>

export function presentProposal(row: ProposalListRow, names: Names): ProposalOutput {
  const p = row.proposal
  return {
    id: p.id,
    labourNeedId: p.labourNeedId,
    needTitle: row.needTitle,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    regionCode: row.regionCode,
    profileId: p.profileId,
    candidateName: row.visible ? (names.get(row.personId) ?? null) : null,
    status: p.status,
    declineReason: p.declineReason,
    comment: p.comment,
    proposedOn: p.proposedOn,
    answeredOn: p.answeredOn,
    placementId: row.placementId,
  }
}

export function presentProposalEvent(
  row: typeof proposalEvents.$inferSelect,
  userNames: ReadonlyMap<string, string>,
): ProposalEventOutput {
  return {
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    reason: row.reason,
    at: row.at.toISOString(),
    byName: row.by ? (userNames.get(row.by) ?? null) : null,
  }
}

export function presentPlacement(row: PlacementListRow, names: Names): PlacementOutput {
  const p = row.placement
  return {
    id: p.id,
    proposalId: p.proposalId,
    labourNeedId: p.labourNeedId,
    enterpriseId: p.enterpriseId,
    enterpriseName: row.enterpriseName,
    candidateName: row.visible ? (names.get(p.personId) ?? null) : null,
    hiredOn: p.hiredOn,
    positionTitle: p.positionTitle,
    cnpCode: p.cnpCode,
    employmentType: p.employmentType,
    regionCode: p.regionCode,
    originRegionCode: p.originRegionCode,
    interregional: p.originRegionCode !== p.regionCode,
  }
}
