import { Scope, type ScopeGrant } from '../access/index.js'
import type { Db } from '../../platform/db/database.js'
import { invalidInput, notFound } from '../../platform/errors.js'
import { isUuid } from '../../platform/validation.js'
import { findDirectorate, regionCodesOfDirectorate } from './directorates/directorate.queries.js'
import { findRegionByCode } from './regions/region.queries.js'
import { findServicePoint } from './service-points/service-point.queries.js'

/**
 * Resolves a territorial grant (all, region, directorate, service point) on a date; undefined when its reference does
 * not exist. Organization grants belong to the partners module.
 */
export async function resolveTerritoryScope(db: Db, grant: ScopeGrant, date: string): Promise<Scope | undefined> {
  const ref = grant.ref ?? ''
  switch (grant.kind) {
    case 'all':
      return Scope.all()
    case 'region':
      return (await findRegionByCode(db, ref)) ? Scope.ofRegions('region', [ref]) : undefined
    case 'directorate':
      // A directorate's regions change over time: resolved for the day of the request.
      return isUuid(ref) && (await findDirectorate(db, ref))
        ? Scope.ofRegions('directorate', await regionCodesOfDirectorate(db, ref, date))
        : undefined
    case 'service_point': {
      const sp = await findServicePoint(db, ref)
      return sp ? Scope.ofServicePoint(sp.id, sp.regionCode) : undefined
    }
    default:
      return undefined
  }
}

/** Throws not_found (not forbidden) for a record of a region the caller may not know about. */
export function assertRegionCovered(scope: Scope, regionCode: string, entity: string): void {
  if (!scope.coversRegion(regionCode)) throw notFound(entity)
}

/** For a write: the region must exist and be in the caller's scope, else a field error on `regionCode`. */
export async function assertRegionWritable(db: Db, scope: Scope, regionCode: string): Promise<void> {
  if (!scope.coversRegion(regionCode) || !(await findRegionByCode(db, regionCode))) {
    throw invalidInput({
      regionCode: { fr: 'Région inconnue ou hors de votre portée.', en: 'Unknown region or outside your scope.' },
    })
  }
}

/** The region codes a list query keeps: the caller's, narrowed to one region when a filter asks for it. */
export function regionFilter(scope: Scope, region?: string): 'all' | string[] {
  if (region) return scope.coversRegion(region) ? [region] : []
  return scope.regionCodes === 'all' ? 'all' : [...scope.regionCodes]
}
