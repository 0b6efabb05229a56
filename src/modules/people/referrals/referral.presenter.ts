import type { ConsentPurpose } from '../consents/consent.contracts.js'
import type {
  PartnerReferralOutput,
  ReferralEventOutput,
  ReferralListItem,
  StaffReferralOutput,
} from './referral.contracts.js'
import type { ReferralListRow, ReferralWithDossier } from './referral.queries.js'

/** What an organization sees of a referral now, from the person's consents today (never copied at send time). */
export type Sharing = StaffReferralOutput['sharing']

export function sharingOf(referral: { shareContact: boolean }, purposes: ReadonlySet<ConsentPurpose>): Sharing {
  if (!purposes.has('referral_sharing')) return 'withdrawn'
  return referral.shareContact && purposes.has('contact_sharing') ? 'full' : 'without_contact'
}

export type EventRow = {
  referralId: string
  fromStatus: ReferralEventOutput['fromStatus']
  toStatus: ReferralEventOutput['toStatus']
  comment: string | null
  at: Date
  by: string | null
}

export function presentEvent(e: EventRow): ReferralEventOutput {
  return { fromStatus: e.fromStatus, toStatus: e.toStatus, comment: e.comment, at: e.at.toISOString(), by: e.by }
}

export function presentStaffReferral(
  row: ReferralWithDossier,
  organizationName: string,
  sharing: Sharing,
  events: EventRow[],
): StaffReferralOutput {
  return {
    view: 'staff',
    id: row.id,
    dossierId: row.dossierId,
    dossierNumber: row.dossierNumber,
    personId: row.personId,
    regionCode: row.regionCode,
    organization: { id: row.organizationId, name: organizationName },
    serviceWanted: row.serviceWanted,
    message: row.message,
    needIds: row.needIds,
    stepIds: row.stepIds,
    shareContact: row.shareContact,
    status: row.status,
    declineReason: row.declineReason,
    outcome: row.outcome,
    answerDueOn: row.answerDueOn,
    sentAt: row.sentAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    reroutedFromId: row.reroutedFromId,
    sharing,
    events: events.map(presentEvent),
  }
}

/** The initial a portrait shows of a family name (never the name itself). */
export const familyInitialOf = (familyName: string): string => ([...familyName][0] ?? '').toUpperCase()

/**
 * A line of a list; the partner's lines hide the dossier, and everything once consent is withdrawn. The person is
 * named as the organization's portrait names them, and only while it may see them.
 */
export function presentListItem(
  row: ReferralListRow,
  organizationName: string,
  sharing: Sharing,
  forPartner: boolean,
): ReferralListItem {
  const withdrawn = forPartner && sharing === 'withdrawn'
  return {
    id: row.id,
    dossierId: forPartner ? null : row.dossierId,
    dossierNumber: forPartner ? null : row.dossierNumber,
    organizationId: row.organizationId,
    organizationName,
    serviceWanted: withdrawn ? null : row.serviceWanted,
    person:
      sharing === 'withdrawn' ? null : { givenName: row.givenName, familyInitial: familyInitialOf(row.familyName) },
    status: row.status,
    consentWithdrawn: sharing === 'withdrawn',
    sentAt: row.sentAt.toISOString(),
    answerDueOn: row.answerDueOn,
  }
}

/** The portrait's frame: what a partner sees of any referral, even one whose consent was withdrawn. */
export function portraitFrame(row: ReferralWithDossier, events: EventRow[]): PartnerReferralOutput {
  return {
    view: 'partner',
    id: row.id,
    status: row.status,
    consentWithdrawn: true,
    sentAt: row.sentAt.toISOString(),
    answerDueOn: row.answerDueOn,
    declineReason: row.declineReason,
    outcome: row.outcome,
    serviceWanted: null,
    message: null,
    person: null,
    contact: null,
    needs: [],
    steps: [],
    events: events.map(({ fromStatus, toStatus, comment, at }) => ({
      fromStatus,
      toStatus,
      comment,
      at: at.toISOString(),
    })),
  }
}
