import { inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../platform/db/database.js'
import { queryRows } from '../../platform/db/database.js'
import { isUuid } from '../../platform/validation.js'
import { regions } from './regions/region.schema.js'
import { servicePoints } from './service-points/service-point.schema.js'
import { staffMembers } from './staff/staff.schema.js'

/** Which records to name; null ids (an unassigned agent) and unknown ids are skipped. */
export type TerritoryNameKeys = {
  servicePointIds?: readonly (string | null)[]
  staffIds?: readonly (string | null)[]
  regionCodes?: readonly (string | null)[]
}

/** Names by id (service points, staff members' full names) and by code (regions, in both languages). */
export type TerritoryNames = {
  servicePoints: Map<string, string>
  staff: Map<string, string>
  regions: Map<string, { nameFr: string; nameEn: string }>
}

type NameRow = { kind: 'servicePoint' | 'staff' | 'region'; key: string; nameFr: string; nameEn: string }

const distinct = (values: readonly (string | null)[] | undefined, valid: (v: string) => boolean) =>
  [...new Set(values ?? [])].filter((v): v is string => v !== null && valid(v))

// Every branch names its columns: a union takes them from its first branch, which may be any of the three.
function branches(keys: TerritoryNameKeys): SQL[] {
  const pointIds = distinct(keys.servicePointIds, isUuid)
  const staffIds = distinct(keys.staffIds, isUuid)
  const codes = distinct(keys.regionCodes, () => true)
  const parts: SQL[] = []
  if (pointIds.length > 0)
    parts.push(sql`select 'servicePoint' as kind, ${servicePoints.id}::text as key, ${servicePoints.name} as "nameFr",
      ${servicePoints.name} as "nameEn" from ${servicePoints} where ${inArray(servicePoints.id, pointIds)}`)
  if (staffIds.length > 0)
    parts.push(sql`select 'staff' as kind, ${staffMembers.id}::text as key, ${staffMembers.fullName} as "nameFr",
      ${staffMembers.fullName} as "nameEn" from ${staffMembers} where ${inArray(staffMembers.id, staffIds)}`)
  if (codes.length > 0)
    parts.push(sql`select 'region' as kind, ${regions.code} as key, ${regions.nameFr} as "nameFr",
      ${regions.nameEn} as "nameEn" from ${regions} where ${inArray(regions.code, codes)}`)
  return parts
}

/** The names of some service points, staff members and regions, in one query (what other modules' pages show). */
export async function findTerritoryNames(db: Db, keys: TerritoryNameKeys): Promise<TerritoryNames> {
  const names: TerritoryNames = { servicePoints: new Map(), staff: new Map(), regions: new Map() }
  const parts = branches(keys)
  if (parts.length === 0) return names
  for (const row of await queryRows<NameRow>(db, sql.join(parts, sql` union all `))) {
    if (row.kind === 'servicePoint') names.servicePoints.set(row.key, row.nameFr)
    else if (row.kind === 'staff') names.staff.set(row.key, row.nameFr)
    else names.regions.set(row.key, { nameFr: row.nameFr, nameEn: row.nameEn })
  }
  return names
}
