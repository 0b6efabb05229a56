import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { listOrganizationsOfRegion } from '../../partners/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { PeopleSettings } from '../../../platform/config.js'
import { AppError, conflict, forbidden, invalidInput } from '../../../platform/errors.js'
import { activePurposesOf } from '../consents/consent.service.js'
import type { DossierRow } from '../dossiers/dossier.queries.js'
import { getDossierRowForWork } from '../dossiers/dossier.service.js'
import { addWorkingDays } from '../work/working-days.js'
import { reachReferral } from './referral.access.js'
import type { CommentInput, ReferralInput, RerouteInput, TransitionInput } from './referral.contracts.js'
import { referralErrors as e } from './referral.messages.js'
import { canTransition, type ReferralSide, type ReferralStatus, requiredFieldOf, sideOf } from './referral.policy.js'
import {
  insertReferral,
  insertReferralEvent,
  listDossierNeeds,
  listDossierSteps,
  type ReferralRow,
  type ReferralWithDossier,
  updateReferralStatus,
} from './referral.queries.js'

type Expiry = Pick<PeopleSettings, 'referralExpiryWorkingDays'>
type Sendable = Omit<ReferralInput, 'dossierId'> & { reroutedFromId?: string }

const consentsHref = (personId: string) => `/app/personnes/${personId}/consentements`

/** Checks what the agent chose to send against the dossier, the region's organizations and the person's consents. */
async function checkSendable(ctx: Ctx, dossier: DossierRow, input: Sendable) {
  const organizations = await listOrganizationsOfRegion(ctx.db, dossier.regionCode)
  if (!organizations.some((o) => o.id === input.organizationId)) {
    throw invalidInput({ organizationId: e.organizationOutsideRegion })
  }
  const [needs, steps] = await Promise.all([
    listDossierNeeds(ctx.db, dossier.id, input.needIds),
    listDossierSteps(ctx.db, dossier.id, input.stepIds),
  ])
  if (needs.length !== new Set(input.needIds).size) throw invalidInput({ needIds: e.notInDossier })
  if (steps.length !== new Set(input.stepIds).size) throw invalidInput({ stepIds: e.notInDossier })
  const consents = (await activePurposesOf(ctx.db, [dossier.personId], civilDate(ctx.now))).get(dossier.personId)
  const sharing = consents?.get('referral_sharing')
  if (!sharing) {
    const message = e.consentRequired(consentsHref(dossier.personId))
    throw new AppError('invalid', 'REFERRAL_CONSENT_REQUIRED', message, { _: message })
  }
  if (input.shareContact && !consents?.has('contact_sharing')) {
    throw invalidInput({ shareContact: e.contactConsentRequired })
  }
  return sharing
}

/** Sends a referral inside the caller's transaction: its row, its first event, its audit event. */
async function send(tx: Ctx, dossier: DossierRow, input: Sendable, settings: Expiry): Promise<ReferralRow> {
  const consent = await checkSendable(tx, dossier, input)
  const row = await insertReferral(tx.db, {
    dossierId: dossier.id,
    regionCode: dossier.regionCode,
    organizationId: input.organizationId,
    serviceWanted: input.serviceWanted,
    message: input.message ?? null,
    needIds: [...new Set(input.needIds)],
    stepIds: [...new Set(input.stepIds)],
    shareContact: input.shareContact,
    consentId: consent.id,
    status: 'sent',
    answerDueOn: addWorkingDays(civilDate(tx.now), settings.referralExpiryWorkingDays),
    sentAt: tx.now,
    reroutedFromId: input.reroutedFromId ?? null,
    createdBy: actorUserId(tx.actor),
  })
  await insertReferralEvent(tx.db, {
    referralId: row.id,
    fromStatus: null,
    toStatus: 'sent',
    at: tx.now,
    by: actorUserId(tx.actor),
  })
  await recordAudit(tx, {
    action: 'referral.sent',
    entityType: 'referral',
    entityId: row.id,
    regionCode: row.regionCode,
  })
  return row
}

/** Refers a dossier to a partner organization of its region, with what the person consented to share. */
export async function createReferral(ctx: Ctx, input: ReferralInput, settings: Expiry): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForWork(tx, input.dossierId)
    const row = await send(tx, dossier, input, settings)
    return { id: row.id }
  })
}

const closing: ReadonlySet<ReferralStatus> = new Set([
  'declined',
  'completed',
  'not_completed',
  'expired',
  'rerouted',
  'cancelled',
])

/** Moves a referral one step inside the caller's transaction: the row (if nobody moved it meanwhile), event, audit. */
export async function applyMove(
  tx: Ctx,
  referral: ReferralRow,
  to: ReferralStatus,
  detail: { reason?: string; outcome?: string; comment?: string } = {},
): Promise<ReferralRow> {
  if (!canTransition(referral.status, to)) {
    throw conflict('REFERRAL_TRANSITION_NOT_ALLOWED', 'to', e.transitionNotAllowed(referral.status, to))
  }
  const row = await updateReferralStatus(tx.db, referral.id, referral.status, {
    status: to,
    ...(to === 'declined' ? { declineReason: detail.reason ?? null } : {}),
    ...(to === 'completed' || to === 'not_completed' ? { outcome: detail.outcome ?? null } : {}),
    ...(to === 'accepted' || to === 'declined' ? { answeredAt: tx.now } : {}),
    ...(closing.has(to) ? { closedAt: tx.now } : {}),
  })
  if (!row) throw conflict('REFERRAL_CHANGED', 'to', e.changedMeanwhile)
  const comment = detail.comment ?? detail.reason ?? detail.outcome ?? null
  await insertReferralEvent(tx.db, {
    referralId: row.id,
    fromStatus: referral.status,
    toStatus: to,
    comment,
    at: tx.now,
    by: actorUserId(tx.actor),
  })
  await recordAudit(tx, {
    action: `referral.${to}`,
    entityType: 'referral',
    entityId: row.id,
    regionCode: row.regionCode,
  })
  return row
}

/** Marks a referral received the first time its organization opens it (inside the caller's transaction). */
export async function markReceivedOnOpen(tx: Ctx, referral: ReferralWithDossier): Promise<ReferralWithDossier> {
  if (referral.status !== 'sent') return referral
  const row = await applyMove(tx, referral, 'received')
  return { ...referral, ...row }
}

function checkSide(side: ReferralSide, canWork: boolean, to: ReferralStatus): void {
  if (side === 'system') return
  if (sideOf[to] !== side || !canWork) throw forbidden()
}

function checkDetail(input: TransitionInput): void {
  const needed = requiredFieldOf(input.to)
  if (needed === 'reason' && !input.reason) throw invalidInput({ reason: e.reasonRequired })
  if (needed === 'outcome' && !input.outcome) throw invalidInput({ outcome: e.outcomeRequired })
}

/** One step of the loop: the organization answers and reports, the agent cancels (re-routing is `rerouteReferral`). */
export async function transitionReferral(
  ctx: Ctx,
  id: string,
  input: TransitionInput,
): Promise<{ id: string; status: ReferralStatus }> {
  return inTransaction(ctx, async (tx) => {
    const reached = await reachReferral(tx, id)
    checkSide(reached.side, reached.canWork, input.to)
    let referral = reached.referral
    if (reached.side === 'partner') {
      await assertStillConsented(tx, referral)
      // A partner acting on a referral it never opened (the API) has received it: the loop records that step too.
      if (input.to !== 'received') referral = await markReceivedOnOpen(tx, referral)
    }
    checkDetail(input)
    const row = await applyMove(tx, referral, input.to, input)
    return { id: row.id, status: row.status }
  })
}

async function assertStillConsented(tx: Ctx, referral: ReferralWithDossier): Promise<void> {
  const purposes = (await activePurposesOf(tx.db, [referral.personId], civilDate(tx.now))).get(referral.personId)
  if (!purposes?.has('referral_sharing')) throw conflict('REFERRAL_CONSENT_WITHDRAWN', 'to', e.consentWithdrawn)
}

/** Sends the referral to another organization instead: this one becomes re-routed, a new one is sent. */
export async function rerouteReferral(
  ctx: Ctx,
  id: string,
  input: RerouteInput,
  settings: Expiry,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { referral, side, canWork } = await reachReferral(tx, id)
    checkSide(side, canWork, 'rerouted')
    if (input.organizationId === referral.organizationId) throw invalidInput({ organizationId: e.sameOrganization })
    const dossier = await getDossierRowForWork(tx, referral.dossierId)
    await applyMove(tx, referral, 'rerouted', { comment: input.comment })
    const row = await send(
      tx,
      dossier,
      {
        organizationId: input.organizationId,
        serviceWanted: input.serviceWanted ?? referral.serviceWanted,
        message: input.message ?? referral.message ?? undefined,
        needIds: referral.needIds,
        stepIds: referral.stepIds,
        shareContact: referral.shareContact,
        reroutedFromId: referral.id,
      },
      settings,
    )
    return { id: row.id }
  })
}

/** A comment on a referral from either side, in its history (the status does not change). */
export async function commentReferral(ctx: Ctx, id: string, input: CommentInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { referral, side, canWork } = await reachReferral(tx, id)
    if (!canWork) throw forbidden()
    if (side === 'partner') await assertStillConsented(tx, referral)
    const by = actorUserId(tx.actor)
    await insertReferralEvent(tx.db, {
      referralId: referral.id,
      fromStatus: referral.status,
      toStatus: referral.status,
      comment: input.comment,
      at: tx.now,
      by,
    })
    await recordAudit(tx, {
      action: 'referral.commented',
      entityType: 'referral',
      entityId: referral.id,
      regionCode: referral.regionCode,
    })
    return { id: referral.id }
  })
}
