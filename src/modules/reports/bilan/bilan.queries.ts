import { Scope, systemActor } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { listPrograms, listPublicOrganizations } from '../../partners/index.js'
import { findRegionByCode, listRegions, type RegionRow, resolveTerritoryScope } from '../../territory/index.js'
import type { BilanOrganization, BilanQuery } from './bilan.model.js'

/**
 * The regions a Bilan covers: the region asked for, or the directorate's regions as they stood on `date` (in code
 * order); undefined when the region or directorate is unknown or the directorate then served no region.
 */
export async function findBilanRegions(db: Db, query: BilanQuery, date: string): Promise<RegionRow[] | undefined> {
  if (query.regionCode !== undefined) {
    const region = await findRegionByCode(db, query.regionCode)
    return region ? [region] : undefined
  }
  const id = query.directorateId ?? ''
  if (!isUuid(id)) return undefined
  const [scope, regions] = await Promise.all([
    resolveTerritoryScope(db, { kind: 'directorate', ref: id }, date),
    listRegions(db),
  ])
  if (!scope) return undefined
  const covered = regions.filter((r) => scope.coversRegion(r.code))
  return covered.length ? covered : undefined
}

/** The organizations listed publicly for some regions, each once, by name. */
export async function listResourceOrganizations(db: Db, codes: readonly string[]): Promise<BilanOrganization[]> {
  const lists = await Promise.all(codes.map((code) => listPublicOrganizations(db, code)))
  const byId = new Map<string, BilanOrganization>()
  for (const o of lists.flat()) if (!byId.has(o.id)) byId.set(o.id, { id: o.id, name: o.name, website: o.website })
  const all = [...byId.values()]
  return codes.length > 1 ? all.sort((a, b) => a.name.localeCompare(b.name, 'fr')) : all
}

/** Program names by code (reference data, read as the system: the Bilan's reader is checked by its caller). */
export async function programNames(db: Db, now: Date): Promise<Map<string, { nameFr: string; nameEn: string }>> {
  const ctx = {
    db,
    actor: systemActor('bilan'),
    scope: Scope.all('system'),
    now,
    resolveScope: async () => undefined,
  }
  const programs = await listPrograms(ctx)
  return new Map(programs.map((p) => [p.code, { nameFr: p.nameFr, nameEn: p.nameEn }]))
}
