import { eq } from 'drizzle-orm'
import type { Actor } from '../access/index.js'
import type { Db } from '../../platform/db/database.js'
import { invalidInput, notFound } from '../../platform/errors.js'
import { regionCodesOfDirectorate } from './directorates/directorate.queries.js'
import { findRegionByCode } from './regions/region.queries.js'
import { servicePoints } from './service-points/service-point.schema.js'

/** 'all', or the region codes the actor's scope covers on a date (a directorate's regions change over time). */
export async function regionCodesInScope(db: Db, actor: Actor, date: string): Promise<'all' | string[]> {
  if (actor.kind === 'system') return 'all'
  const { kind, ref } = actor.scope
  if (kind === 'all') return 'all'
  if (!ref) return []
  if (kind === 'region') return [ref]
  if (kind === 'directorate') return regionCodesOfDirectorate(db, ref, date)
  if (kind === 'service_point') {
    const [sp] = await db.select({ regionCode: servicePoints.regionCode }).from(servicePoints).where(eq(servicePoints.id, ref))
    return sp ? [sp.regionCode] : []
  }
  return []
}

/** Whether a region is in scope. */
export function inScope(scope: 'all' | string[], regionCode: string): boolean {
  return scope === 'all' || scope.includes(regionCode)
}

/** Throws not_found (not forbidden) for a record of a region the actor may not know about. */
export async function assertRegionInScope(db: Db, actor: Actor, regionCode: string, date: string, entity: string) {
  if (!inScope(await regionCodesInScope(db, actor, date), regionCode)) throw notFound(entity)
}

/** For a write: the region must exist and be in the actor's scope, else a field error on `regionCode`. */
export async function assertRegionWritable(db: Db, actor: Actor, regionCode: string, date: string): Promise<void> {
  const region = await findRegionByCode(db, regionCode)
  if (!region || !inScope(await regionCodesInScope(db, actor, date), region.code)) {
    throw invalidInput({ regionCode: { fr: 'Région inconnue ou hors de votre portée.', en: 'Unknown region or outside your scope.' } })
  }
}

/** Today's date in Québec, as YYYY-MM-DD (validity periods are civil dates). */
export function civilDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(now)
}
