import type { DossierListItem, DossierOutput } from './dossier.contracts.js'
import type { TerritoryNames } from '../../territory/index.js'
import type { DossierListRow, DossierRow } from './dossier.queries.js'

/** A dossier as the API and the pages show it; `workable` says whether the caller works it or only reads it. */
export function presentDossier(row: DossierRow, today: string, workable: boolean): DossierOutput {
  return {
    id: row.id,
    number: row.number,
    personId: row.personId,
    regionCode: row.regionCode,
    servicePointId: row.servicePointId,
    agentId: row.agentId,
    intakeChannel: row.intakeChannel,
    status: row.status,
    openedOn: row.openedOn,
    startsOn: row.startsOn,
    firstMeetingDueOn: row.firstMeetingDueOn,
    firstMeetingOn: row.firstMeetingOn,
    firstMeetingOverdue: row.firstMeetingOn === null && row.status !== 'closed' && row.firstMeetingDueOn < today,
    nextFollowUpOn: row.nextFollowUpOn,
    closedOn: row.closedOn,
    closureReason: row.closureReason,
    closureNote: row.closureNote,
    workable,
  }
}

/** A row of the list, with its service point's and agent's names from the territory module. */
export function presentDossierListItem(row: DossierListRow, names: TerritoryNames): DossierListItem {
  return {
    id: row.id,
    number: row.number,
    personId: row.personId,
    personName: row.personName,
    status: row.status,
    intakeChannel: row.intakeChannel,
    regionCode: row.regionCode,
    servicePointId: row.servicePointId,
    servicePointName: names.servicePoints.get(row.servicePointId) ?? '',
    agentId: row.agentId,
    agentName: row.agentId ? (names.staff.get(row.agentId) ?? null) : null,
    openedOn: row.openedOn,
    firstMeetingDueOn: row.firstMeetingDueOn,
    firstMeetingOn: row.firstMeetingOn,
  }
}
