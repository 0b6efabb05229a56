import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { jobMatchingConsentSql, matchableForRegionSql, visibleProfileSql } from '../candidates/candidate.access.js'
import { candidateProfiles } from '../candidates/candidate.schema.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { labourNeeds } from '../needs/labour-need.schema.js'
import type { ProposalFilter } from './proposal.contracts.js'
import { inRegions, type RegionCodes } from '../regions.sql.js'
import { placements, proposalEvents, proposals } from './proposal.schema.js'

export type ProposalRow = typeof proposals.$inferSelect

/** SQL: the caller sees the candidate's profile today (scope or declared mobility, job-matching consent). */
export function profileVisibleSql(scope: Scope, today: string): SQL<boolean> {
  return sql<boolean>`(${visibleProfileSql(scope)} and ${jobMatchingConsentSql(today)})`
}

/**
 * A labour need with what a proposal and a hire copy from it; `lock` holds its row until the transaction ends, so two
 * hires for the last position are counted one after the other.
 */
export async function findNeed(db: Db, id: string, lock = false) {
  const query = db
    .select({
      id: labourNeeds.id,
      title: labourNeeds.title,
      cnpCode: labourNeeds.cnpCode,
      employmentType: labourNeeds.employmentType,
      regionCode: labourNeeds.regionCode,
      status: labourNeeds.status,
      enterpriseId: labourNeeds.enterpriseId,
    })
    .from(labourNeeds)
    .where(eq(labourNeeds.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row
}
export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>

/**
 * A candidate profile the caller sees today (scope or mobility, consent), or undefined; `matchableIn` tells whether it
 * may be matched with a position in that region (of the caller's scope, or willing to move there).
 */
export async function findVisibleProfile(db: Db, scope: Scope, id: string, today: string, matchableIn?: string) {
  const [row] = await db
    .select({
      id: candidateProfiles.id,
      personId: candidateProfiles.personId,
      currentRegionCode: candidateProfiles.currentRegionCode,
      matchable: matchableIn ? sql<boolean>`${matchableForRegionSql(scope, matchableIn)}` : sql<boolean>`true`,
    })
    .from(candidateProfiles)
    .where(and(eq(candidateProfiles.id, id), profileVisibleSql(scope, today)))
  return row
}

/** The proposal of a candidate for a need, if any (one per need and candidate). */
export async function findProposalOf(db: Db, needId: string, profileId: string) {
  const [row] = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.labourNeedId, needId), eq(proposals.profileId, profileId)))
  return row
}

export async function insertProposal(db: Db, values: typeof proposals.$inferInsert): Promise<ProposalRow> {
  const [row] = await db.insert(proposals).values(values).returning()
  return row!
}

export async function updateProposalRow(db: Db, id: string, values: Partial<ProposalRow>): Promise<ProposalRow> {
  const [row] = await db.update(proposals).set(values).where(eq(proposals.id, id)).returning()
  return row!
}

export async function insertProposalEvent(db: Db, values: typeof proposalEvents.$inferInsert): Promise<void> {
  await db.insert(proposalEvents).values(values)
}

/** A proposal's moves, oldest first. */
export function listProposalEvents(db: Db, proposalId: string) {
  return db
    .select()
    .from(proposalEvents)
    .where(eq(proposalEvents.proposalId, proposalId))
    .orderBy(asc(proposalEvents.at), asc(proposalEvents.id))
}

/** Proposals with their need, enterprise, placement and whether the caller still sees the candidate: one query. */
function selectProposals(db: Db, scope: Scope, today: string) {
  return db
    .select({
      proposal: proposals,
      needTitle: labourNeeds.title,
      regionCode: labourNeeds.regionCode,
      enterpriseId: labourNeeds.enterpriseId,
      enterpriseName: enterprises.legalName,
      personId: candidateProfiles.personId,
      visible: profileVisibleSql(scope, today),
      placementId: placements.id,
    })
    .from(proposals)
    .innerJoin(labourNeeds, eq(labourNeeds.id, proposals.labourNeedId))
    .innerJoin(enterprises, eq(enterprises.id, labourNeeds.enterpriseId))
    .innerJoin(candidateProfiles, eq(candidateProfiles.id, proposals.profileId))
    .leftJoin(placements, eq(placements.proposalId, proposals.id))
}
export type ProposalListRow = Awaited<ReturnType<typeof selectProposals>>[number]

/** One proposal with its need and enterprise, or undefined. */
export async function findProposal(db: Db, scope: Scope, id: string, today: string) {
  const [row] = await selectProposals(db, scope, today).where(eq(proposals.id, id))
  return row
}

/** Proposals of the regions' needs: those waiting for an answer first (oldest first), then the newest answered. */
export function listProposalRows(db: Db, scope: Scope, regions: RegionCodes, filter: ProposalFilter, today: string) {
  const waiting = sql`(${proposals.status} in ('proposed', 'interview'))`
  return selectProposals(db, scope, today)
    .where(
      and(
        inRegions(labourNeeds.regionCode, regions),
        filter.status ? eq(proposals.status, filter.status) : undefined,
        filter.labourNeedId ? eq(proposals.labourNeedId, filter.labourNeedId) : undefined,
      ),
    )
    .orderBy(
      desc(waiting),
      sql`case when ${waiting} then ${proposals.proposedOn} end asc`,
      desc(proposals.proposedOn),
      asc(proposals.id),
    )
    .limit(500)
}

/** Proposals for an enterprise's needs (the enterprise page's section). */
export function listEnterpriseProposalRows(db: Db, scope: Scope, enterpriseId: string, today: string) {
  return selectProposals(db, scope, today)
    .where(eq(labourNeeds.enterpriseId, enterpriseId))
    .orderBy(desc(proposals.proposedOn), asc(proposals.id))
    .limit(200)
}
