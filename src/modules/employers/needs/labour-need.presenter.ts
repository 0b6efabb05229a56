import type { LabourNeedOutput } from './labour-need.contracts.js'
import type { LabourNeedRow } from './labour-need.queries.js'

/** A labour need as the API and the pages show it, every field listed. */
export function presentLabourNeed(row: LabourNeedRow): LabourNeedOutput {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    title: row.title,
    cnpCode: row.cnpCode,
    cnpTitleFr: row.cnpTitleFr,
    cnpTitleEn: row.cnpTitleEn,
    teer: row.teer,
    broadCategory: row.broadCategory,
    positions: row.positions,
    frenchLevel: row.frenchLevel,
    otherLanguages: row.otherLanguages,
    experienceYears: row.experienceYears,
    regulatedProfession: row.regulatedProfession,
    credentialRequired: row.credentialRequired,
    wageCents: row.wageCents,
    wageUnit: row.wageUnit,
    employmentType: row.employmentType,
    city: row.city,
    mrcCode: row.mrcCode,
    regionCode: row.regionCode,
    startOn: row.startOn,
    status: row.status,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
