import type { ActionOutput } from './action.contracts.js'
import type { ActionRow } from './action.queries.js'

/** An action as the API and the pages show it, every field listed. */
export function presentAction(row: ActionRow): ActionOutput {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agreementReference: row.agreementReference,
    agreementTitle: row.agreementTitle,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    regionCode: row.regionCode,
    kindCode: row.kindCode,
    kindNameFr: row.kindNameFr,
    kindNameEn: row.kindNameEn,
    title: row.title,
    description: row.description,
    startOn: row.startOn,
    endOn: row.endOn,
    municipality: row.municipality,
    mrcCode: row.mrcCode,
    immigrantParticipants: row.immigrantParticipants,
    totalParticipants: row.totalParticipants,
    partnersInvolved: row.partnersInvolved,
    reportId: row.reportId,
    createdAt: row.createdAt.toISOString(),
  }
}
