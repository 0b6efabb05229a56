import type { DossierExport, PersonExport } from './person-export.contracts.js'
import type { PersonRow } from '../persons/person.queries.js'
import type { PersonRecords } from './person-export.queries.js'

const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null)

function presentPerson(p: PersonRow, household: PersonRecords['household']): PersonExport['person'] {
  return {
    id: p.id,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    gender: p.gender,
    countryOfBirth: p.countryOfBirth,
    citizenships: p.citizenships,
    languages: p.languages,
    frenchLevels: {
      oralComprehension: p.frenchOralComprehension,
      oralProduction: p.frenchOralProduction,
      writtenComprehension: p.frenchWrittenComprehension,
      writtenProduction: p.frenchWrittenProduction,
    },
    immigration: {
      category: p.immigrationCategory,
      statusObtainedOn: p.statusObtainedOn,
      statusExpiresOn: p.statusExpiresOn,
      arrivalDate: p.arrivalDate,
    },
    regionCode: p.regionCode,
    mrcCode: p.mrcCode,
    contact: {
      email: p.email,
      phone: p.phone,
      streetAddress: p.streetAddress,
      city: p.city,
      postalCode: p.postalCode,
      preferredLanguage: p.preferredLanguage,
    },
    household: { id: p.householdId, relation: p.householdRelation, members: household },
    anonymizedAt: isoOrNull(p.anonymizedAt),
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  }
}

function presentReferrals(r: PersonRecords, dossierId: string, names: Map<string, string>) {
  return r.referrals
    .filter((x) => x.dossierId === dossierId)
    .map((x) => ({
      id: x.id,
      organizationId: x.organizationId,
      organizationName: names.get(x.organizationId) ?? null,
      serviceWanted: x.serviceWanted,
      message: x.message,
      shareContact: x.shareContact,
      status: x.status,
      declineReason: x.declineReason,
      outcome: x.outcome,
      sentAt: iso(x.sentAt),
      answerDueOn: x.answerDueOn,
      answeredAt: isoOrNull(x.answeredAt),
      closedAt: isoOrNull(x.closedAt),
      events: r.referralEvents
        .filter((e) => e.referralId === x.id)
        .map((e) => ({ fromStatus: e.fromStatus, toStatus: e.toStatus, comment: e.comment, at: iso(e.at) })),
    }))
}

type Dossier = PersonRecords['dossiers'][number]
const mine = <T extends { dossierId: string }>(rows: T[], d: Dossier) => rows.filter((x) => x.dossierId === d.id)

function presentHistory(r: PersonRecords, d: Dossier): Pick<DossierExport, 'events' | 'transfers'> {
  return {
    events: mine(r.events, d).map((e) => ({
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      at: iso(e.at),
    })),
    transfers: mine(r.transfers, d).map((t) => ({
      fromRegionCode: t.fromRegionCode,
      toRegionCode: t.toRegionCode,
      reason: t.reason,
      transferredAt: iso(t.transferredAt),
    })),
  }
}

function presentNeedsAndPlan(r: PersonRecords, d: Dossier, names: Map<string, string>) {
  return {
    needs: r.needs
      .filter((n) => n.need.dossierId === d.id)
      .map(({ need: n, catalogue: c }) => ({
        id: n.id,
        needCode: n.needCode,
        labelFr: c.labelFr,
        labelEn: c.labelEn,
        volet: c.volet,
        priority: n.priority,
        status: n.status,
        notes: n.notes,
        assessedOn: n.assessedOn,
      })),
    planSteps: mine(r.steps, d).map((s) => ({
      id: s.id,
      needId: s.needId,
      action: s.action,
      responsible: s.responsible,
      organizationName: s.organizationId ? (names.get(s.organizationId) ?? null) : null,
      dueOn: s.dueOn,
      status: s.status,
      doneOn: s.doneOn,
    })),
  } satisfies Pick<DossierExport, 'needs' | 'planSteps'>
}

function presentDossier(r: PersonRecords, d: Dossier, names: Map<string, string>): DossierExport {
  return {
    id: d.id,
    number: d.number,
    regionCode: d.regionCode,
    servicePointId: d.servicePointId,
    intakeChannel: d.intakeChannel,
    status: d.status,
    openedOn: d.openedOn,
    startsOn: d.startsOn,
    firstMeetingDueOn: d.firstMeetingDueOn,
    firstMeetingOn: d.firstMeetingOn,
    nextFollowUpOn: d.nextFollowUpOn,
    closedOn: d.closedOn,
    closureReason: d.closureReason,
    closureNote: d.closureNote,
    ...presentHistory(r, d),
    ...presentNeedsAndPlan(r, d, names),
    interventions: mine(r.interventions, d).map((i) => ({
      id: i.id,
      occurredAt: iso(i.occurredAt),
      mode: i.mode,
      durationMinutes: i.durationMinutes,
      regionCode: i.regionCode,
      summary: i.summary,
    })),
    referrals: presentReferrals(r, d.id, names),
  }
}

/** The export document: every field listed (never rows), in a stable order. */
export function presentPersonExport(
  person: PersonRow,
  r: PersonRecords,
  organizationNames: Map<string, string>,
  generatedAt: Date,
): PersonExport {
  return {
    format: 'escale.person-export',
    version: 1,
    generatedAt: iso(generatedAt),
    person: presentPerson(person, r.household),
    consents: r.consents.map(({ consent: c, text: t }) => ({
      id: c.id,
      purpose: c.purpose,
      textVersion: t.version,
      textFr: t.textFr,
      textEn: t.textEn,
      givenOn: c.givenOn,
      expiresOn: c.expiresOn,
      recordedAt: iso(c.recordedAt),
      withdrawnAt: isoOrNull(c.withdrawnAt),
    })),
    dossiers: r.dossiers.map((d) => presentDossier(r, d, organizationNames)),
    supportRequests: r.requests.map((q) => ({
      id: q.id,
      regionCode: q.regionCode,
      givenName: q.givenName,
      familyName: q.familyName,
      birthDate: q.birthDate,
      email: q.email,
      phone: q.phone,
      preferredLanguage: q.preferredLanguage,
      message: q.message,
      receivedAt: iso(q.receivedAt),
      status: q.status,
      dossierId: q.dossierId,
    })),
  }
}
