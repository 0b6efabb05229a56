import { eq, type SQL } from 'drizzle-orm'
import { type Ctx, can, findUserDisplayNames, inTransaction, recordAudit } from '../../access/index.js'
import { findOrganizationNames } from '../../partners/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { Db } from '../../../platform/db/database.js'
import { forbidden } from '../../../platform/errors.js'
import { readableDossierSql } from '../access.js'
import type { ConsentPurpose } from '../consents/consent.contracts.js'
import { activePurposesOf } from '../consents/consent.service.js'
import { isPartner, reachReferral } from './referral.access.js'
import type { ReferralListItem, ReferralListQuery, ReferralOutput } from './referral.contracts.js'
import { buildPortrait } from './referral.portrait.js'
import { type EventRow, presentListItem, presentStaffReferral, sharingOf } from './referral.presenter.js'
import { listReferralEvents, listReferralRows, type ReferralWithDossier } from './referral.queries.js'
import { referrals } from './referral.schema.js'
import { markReceivedOnOpen } from './referral.service.js'

/** The names of the organizations some referrals went to, in one query. */
export function organizationNames(db: Db, rows: readonly { organizationId: string }[]): Promise<Map<string, string>> {
  return findOrganizationNames(
    db,
    rows.map((r) => r.organizationId),
  )
}

/** The purposes each person consents to today, as sets. */
export async function consentedPurposes(ctx: Ctx, personIds: readonly string[]) {
  const byPerson = await activePurposesOf(ctx.db, [...new Set(personIds)], civilDate(ctx.now))
  return (personId: string): ReadonlySet<ConsentPurpose> => new Set(byPerson.get(personId)?.keys() ?? [])
}

/** Each referral's history with who made each step (their account's display name), grouped by referral. */
export async function eventsByReferral(db: Db, ids: readonly string[]): Promise<Map<string, EventRow[]>> {
  const events = await listReferralEvents(db, ids)
  const names = await findUserDisplayNames(
    db,
    events.map((e) => e.byUserId),
  )
  const grouped = new Map<string, EventRow[]>()
  for (const { byUserId, ...e } of events) {
    const event = { ...e, by: byUserId ? (names.get(byUserId) ?? null) : null }
    grouped.set(e.referralId, [...(grouped.get(e.referralId) ?? []), event])
  }
  return grouped
}

/**
 * One referral: its organization reads the portrait the person's consents allow today (opening a sent referral marks
 * it received); staff read everything. Every read is audited.
 */
export async function getReferral(ctx: Ctx, id: string): Promise<ReferralOutput> {
  return inTransaction(ctx, async (tx) => {
    const reached = await reachReferral(tx, id)
    const partner = reached.side === 'partner'
    const referral: ReferralWithDossier = partner ? await markReceivedOnOpen(tx, reached.referral) : reached.referral
    const purposes = (await consentedPurposes(tx, [referral.personId]))(referral.personId)
    const sharing = sharingOf(referral, purposes)
    const events = (await eventsByReferral(tx.db, [referral.id])).get(referral.id) ?? []
    await recordAudit(tx, {
      action: 'referral.viewed',
      entityType: 'referral',
      entityId: referral.id,
      regionCode: referral.regionCode,
      details: { sharing },
    })
    if (partner) return buildPortrait(tx.db, referral, sharing, events)
    const names = await organizationNames(tx.db, [referral])
    return presentStaffReferral(referral, names.get(referral.organizationId) ?? '', sharing, events)
  })
}

function listConditions(ctx: Ctx, query: ReferralListQuery): (SQL | undefined)[] {
  const status = query.status ? eq(referrals.status, query.status) : undefined
  const dossier = query.dossierId ? eq(referrals.dossierId, query.dossierId) : undefined
  if (isPartner(ctx)) return [eq(referrals.organizationId, ctx.scope.organizationId ?? ''), status, dossier]
  if (!can(ctx.actor, 'people.read')) throw forbidden()
  return [readableDossierSql(ctx.scope), status, dossier]
}

/** Referrals the caller reaches: a partner's organization's inbox, or the referrals of the dossiers staff read. */
export async function listReferrals(ctx: Ctx, query: ReferralListQuery = {}): Promise<ReferralListItem[]> {
  const conditions = listConditions(ctx, query)
  if (isPartner(ctx) && !ctx.scope.organizationId) return []
  return inTransaction(ctx, async (tx) => {
    const rows = await listReferralRows(tx.db, conditions)
    const [names, purposesOf] = await Promise.all([
      organizationNames(tx.db, rows),
      consentedPurposes(
        tx,
        rows.map((r) => r.personId),
      ),
    ])
    await recordAudit(tx, {
      action: 'referral.listed',
      entityType: 'referral',
      details: { count: rows.length, ...(query.dossierId ? { dossierId: query.dossierId } : {}) },
    })
    return rows.map((r) =>
      presentListItem(r, names.get(r.organizationId) ?? '', sharingOf(r, purposesOf(r.personId)), isPartner(tx)),
    )
  })
}
