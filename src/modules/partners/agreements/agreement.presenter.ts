import type { AgreementListItem, AgreementOutput } from './agreement.contracts.js'
import type { AgreementDetailsRow, AgreementParts } from './agreement.queries.js'
import type { AgreementSummary } from './agreement-sections.js'

/** What other features add to an agreement's output (the obligations feature: instalments and deliverables). */
export type AgreementExtras = Pick<AgreementOutput, 'instalments' | 'deliverables'>

export function presentAgreement(
  d: AgreementDetailsRow,
  parts: AgreementParts,
  names: Map<string, string>,
  extras: AgreementExtras = {},
): AgreementOutput {
  const a = d.agreement
  const item: AgreementListItem = {
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
  return {
    ...item,
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
    amounts: parts.amounts,
    amendments: parts.amendments.map((m) => ({
      number: m.number,
      signedOn: m.signedOn,
      summary: m.summary,
      changes: (m.changes ?? {}) as Record<string, unknown>,
      createdAt: m.createdAt.toISOString(),
    })),
    events: parts.events.map((e) => ({
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      on: e.on,
      comment: e.comment,
      at: e.at.toISOString(),
      byName: e.by ? (names.get(e.by) ?? null) : null,
    })),
    ...extras,
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
