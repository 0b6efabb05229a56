import type { ProfileOutput, ProfileSummary } from './candidate.contracts.js'
import type { ProfileListRow, ProfileRow } from './candidate.queries.js'

/** A profile as the API and the pages show it (matching reuses it), every field listed. */
export function presentProfile(row: ProfileRow & { personName: string }): ProfileOutput {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    targetCnpCodes: row.targetCnpCodes,
    targetBroadCategories: row.targetBroadCategories,
    experienceYears: row.experienceYears,
    frenchLevel: row.frenchLevel,
    credentialStatus: row.credentialStatus,
    workPermit: row.workPermit,
    availableOn: row.availableOn,
    currentRegionCode: row.currentRegionCode,
    currentMrcCode: row.currentMrcCode,
    mobilityRegionCodes: row.mobilityRegionCodes,
    notes: row.notes,
    closed: row.closedAt !== null,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** A row of the list: the profile without its notes, with its occupations' titles. */
export function presentProfileSummary(row: ProfileListRow): ProfileSummary {
  const { notes: _notes, targetBroadCategories: _broad, ...rest } = presentProfile(row)
  return { ...rest, targetTitles: row.targetTitles }
}
