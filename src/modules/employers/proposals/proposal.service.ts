import {
  actorUserId,
  type Ctx,
  findUserDisplayNames,
  forbiddenUnless,
  inTransaction,
  recordAudit,
} from '../../access/index.js'
import { findPersonNames } from '../../people/index.js'
import { regionFilter } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { forbidden, notFound } from '../../../platform/errors.js'
import type { ProposalDetailsOutput, ProposalFilter, ProposalInput, ProposalOutput } from './proposal.contracts.js'
import {
  alreadyProposed,
  needNotOpen,
  profileNotMatchable,
  profileNotVisible,
  proposedInFuture,
} from './proposal.errors.js'
import { canReadProposals, canWriteProposals } from './proposal.policy.js'
import { presentProposal, presentProposalEvent } from './proposal.presenter.js'
import {
  findNeed,
  findProposal,
  findProposalOf,
  findVisibleProfile,
  insertProposal,
  insertProposalEvent,
  listEnterpriseProposalRows,
  listProposalEvents,
  listProposalRows,
  type ProposalListRow,
} from './proposal.queries.js'

/** Presents proposals, naming only the candidates the caller still sees (one query for the names). */
export async function presentProposals(ctx: Ctx, rows: readonly ProposalListRow[]): Promise<ProposalOutput[]> {
  const names = await findPersonNames(
    ctx.db,
    rows.filter((r) => r.visible).map((r) => r.personId),
  )
  return rows.map((r) => presentProposal(r, names))
}

/** Proposals of the needs of the caller's regions: waiting for an answer first. */
export async function listProposals(ctx: Ctx, filter: ProposalFilter = {}): Promise<ProposalOutput[]> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  const today = civilDate(ctx.now)
  return presentProposals(
    ctx,
    await listProposalRows(ctx.db, ctx.scope, regionFilter(ctx.scope, filter.region), filter, today),
  )
}

/** Proposals for an enterprise's needs (the enterprise is already read and scope-checked by the caller). */
export async function listEnterpriseProposals(ctx: Ctx, enterpriseId: string): Promise<ProposalOutput[]> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  return presentProposals(ctx, await listEnterpriseProposalRows(ctx.db, ctx.scope, enterpriseId, civilDate(ctx.now)))
}

/** A proposal of a need of the caller's regions, else not_found. */
export async function getProposalRowInScope(ctx: Ctx, id: string): Promise<ProposalListRow> {
  const row = await findProposal(ctx.db, ctx.scope, id, civilDate(ctx.now))
  if (!row || !ctx.scope.coversRegion(row.regionCode)) throw notFound('proposal')
  return row
}

/** One proposal with its history; the view is audited (it names a candidate). */
export async function getProposalOrThrow(ctx: Ctx, id: string): Promise<ProposalDetailsOutput> {
  if (!canReadProposals(ctx.actor)) throw forbidden()
  const row = await getProposalRowInScope(ctx, id)
  const events = await listProposalEvents(ctx.db, id)
  const users = await findUserDisplayNames(
    ctx.db,
    events.map((e) => e.by),
  )
  const [proposal] = await presentProposals(ctx, [row])
  await recordAudit(ctx, {
    action: 'proposal.viewed',
    entityType: 'proposal',
    entityId: id,
    regionCode: row.regionCode,
  })
  return { ...proposal!, events: events.map((e) => presentProposalEvent(e, users)) }
}

async function checkNeedAndProfile(ctx: Ctx, input: ProposalInput, today: string) {
  const need = await findNeed(ctx.db, input.labourNeedId)
  if (!need || !ctx.scope.coversRegion(need.regionCode)) throw notFound('labour_need')
  if (!canWriteProposals(ctx.actor, ctx.scope, need.regionCode)) throw forbidden()
  if (need.status !== 'open' && need.status !== 'partially_filled') throw needNotOpen()
  const profile = await findVisibleProfile(ctx.db, ctx.scope, input.profileId, today, need.regionCode)
  if (!profile) throw profileNotVisible()
  if (!profile.matchable) throw profileNotMatchable()
  const existing = await findProposalOf(ctx.db, need.id, profile.id)
  if (existing) throw alreadyProposed(existing.id)
  return need
}

/**
 * Proposes a candidate for a labour need: the need in the caller's regions and open or partially filled, the profile
 * visible (scope or declared mobility) with an active job-matching consent; one proposal per need and candidate.
 */
export async function createProposal(ctx: Ctx, input: ProposalInput): Promise<ProposalOutput> {
  forbiddenUnless(canWriteProposals(ctx.actor, ctx.scope))
  const today = civilDate(ctx.now)
  const proposedOn = input.proposedOn ?? today
  if (proposedOn > today) throw proposedInFuture()
  return inTransaction(ctx, async (tx) => {
    const need = await checkNeedAndProfile(tx, input, today)
    const by = actorUserId(tx.actor)
    const row = await insertProposal(tx.db, {
      labourNeedId: need.id,
      profileId: input.profileId,
      proposedOn,
      proposedBy: by,
      comment: input.comment ?? null,
      createdAt: tx.now,
      updatedAt: tx.now,
    }).catch(rethrowDuplicate)
    await insertProposalEvent(tx.db, { proposalId: row.id, fromStatus: null, toStatus: 'proposed', at: tx.now, by })
    await recordAudit(tx, {
      action: 'proposal.created',
      entityType: 'proposal',
      entityId: row.id,
      regionCode: need.regionCode,
    })
    const [out] = await presentProposals(tx, [(await findProposal(tx.db, tx.scope, row.id, today))!])
    return out!
  })
}

function rethrowDuplicate(error: unknown): never {
  throw isUniqueViolation(error) ? alreadyProposed() : error
}
