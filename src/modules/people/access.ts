import { type SQL, sql } from 'drizzle-orm'
import type { Scope, ScopedRecord } from '../access/index.js'
import { dossiers, dossierTransfers } from './dossiers/dossier.schema.js'
import { persons } from './persons/person.schema.js'

// Who sees what in Accompagnement Québec. A dossier is worked where it is now (its region and service point); after a
// transfer (mobilité interrégionale) the staff of each earlier location keep reading it, as far as their scope covers
// that location. A person is seen through a dossier the caller sees; a person without any dossier yet (just created,
// or imported) is seen by the staff of their settlement region whose scope is not narrowed to one service point.

/** Whether the caller may work a dossier (record interventions, needs, referrals): its current location only. */
export function canWorkDossier(scope: Scope, dossier: ScopedRecord): boolean {
  return scope.covers(dossier)
}

/** Whether the caller may read a dossier: its current location or any location it was transferred from. */
export function canReadDossier(scope: Scope, dossier: ScopedRecord, formerLocations: readonly ScopedRecord[]): boolean {
  return scope.covers(dossier) || formerLocations.some((l) => scope.covers(l))
}

/** SQL condition: a record of a region (an online request, which has no service point yet) the caller's scope reaches. */
export function regionCoveredSql(scope: Scope, region: SQL): SQL {
  if (scope.regionCodes === 'all') return sql`true`
  if (scope.regionCodes.length === 0) return sql`false`
  return sql`${region} in (${sql.join(
    scope.regionCodes.map((c) => sql`${c}`),
    sql`, `,
  )})`
}

function locationCovered(scope: Scope, region: SQL, servicePoint: SQL): SQL {
  const regions = regionCoveredSql(scope, region)
  if (scope.regionCodes === 'all' || scope.regionCodes.length === 0) return regions
  return scope.servicePointId ? sql`(${regions} and ${servicePoint} = ${scope.servicePointId})` : regions
}

/** SQL condition on `people.dossiers`: the dossiers the caller works (see `canWorkDossier`: the current location). */
export function workableDossierSql(scope: Scope): SQL {
  return locationCovered(scope, sql`${dossiers.regionCode}`, sql`${dossiers.servicePointId}`)
}

/** SQL condition on `people.dossiers`: the dossiers the caller may read (see `canReadDossier`). */
export function readableDossierSql(scope: Scope): SQL {
  if (scope.regionCodes === 'all') return sql`true`
  const here = workableDossierSql(scope)
  const before = locationCovered(scope, sql`t.from_region_code`, sql`t.from_service_point_id`)
  return sql`(${here} or exists (select 1 from ${dossierTransfers} t where t.dossier_id = ${dossiers.id} and ${before}))`
}

/** `readablePersonSql` for a person without any dossier (a row of an import just created): by settlement region. */
export function canReadPersonWithoutDossier(scope: Scope, regionCode: string): boolean {
  if (scope.regionCodes === 'all') return true
  if (scope.servicePointId || scope.regionCodes.length === 0) return false
  return scope.coversRegion(regionCode)
}

/** SQL condition on `people.persons`: the persons the caller may read (see the note at the top of this file). */
export function readablePersonSql(scope: Scope): SQL {
  if (scope.regionCodes === 'all') return sql`true`
  const viaDossier = sql`exists (select 1 from ${dossiers} where ${dossiers.personId} = ${persons.id} and ${readableDossierSql(scope)})`
  if (scope.servicePointId || scope.regionCodes.length === 0) return viaDossier
  const region = locationCovered(scope, sql`${persons.regionCode}`, sql`null`)
  const noDossier = sql`not exists (select 1 from ${dossiers} d0 where d0.person_id = ${persons.id})`
  return sql`(${viaDossier} or (${noDossier} and ${region}))`
}
