import type { AgreementListItem, AgreementOutput } from './agreement.contracts.js'
import type { AgreementDetailsRow, AgreementParts } from './agreement.queries.js'
import type { AgreementSummary } from './agreement-sections.js'

type AmendmentRow = AgreementParts['amendments'][number]
type EventRow = AgreementParts['events'][number]

/** The columns an agreement shares with the list's rows. */
function itemOf(d: AgreementDetailsRow): AgreementListItem {
  const a = d.agreement
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    organizationId: a.organizationId,
    organizationName: d.organizationName,
    regionCode: a.regionCode,
    programCode: a.programCode,
    voletId: a.voletId,
    voletCode: d.voletCode,
    startOn: a.startOn,
    endOn: a.endOn,
    totalCents: a.totalCents,
    status: a.status,
  }
}

const amendmentOf = (m: AmendmentRow) => ({
  number: m.number,
  signedOn: m.signedOn,
  summary: m.summary,
  changes: (m.changes ?? {}) as Record<string, unknown>,
  createdAt: m.createdAt.toISOString(),
})

const eventOf = (names: Map<string, string>) => (e: EventRow) => ({
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  on: e.on,
  comment: e.comment,
  at: e.at.toISOString(),
  byName: e.by ? (names.get(e.by) ?? null) : null,
})

export function presentAgreement(
  d: AgreementDetailsRow,
  parts: AgreementParts,
  names: Map<string, string>,
): AgreementOutput {
  const a = d.agreement
  return {
    ...itemOf(d),
    objectives: a.objectives,
    mrcCodes: a.mrcCodes,
    programNameFr: d.programNameFr,
    programNameEn: d.programNameEn,
    voletNameFr: d.voletNameFr,
    voletNameEn: d.voletNameEn,
    signedOn: a.signedOn,
    startedOn: a.startedOn,
    completedOn: a.completedOn,
    terminatedOn: a.terminatedOn,
    terminationReason: a.terminationReason,
    fundsReferrals: a.fundsReferrals,
    amounts: d.amounts,
    amendments: parts.amendments.map(amendmentOf),
    events: parts.events.map(eventOf(names)),
  }
}

/** What the sections of the agreement page receive. */
export function summaryOf(a: AgreementOutput): AgreementSummary {
  return {
    id: a.id,
    reference: a.reference,
    organizationId: a.organizationId,
    regionCode: a.regionCode,
    programCode: a.programCode,
    status: a.status,
    startOn: a.startOn,
    endOn: a.endOn,
    terminatedOn: a.terminatedOn,
    totalCents: a.totalCents,
    fundsReferrals: a.fundsReferrals,
  }
}
