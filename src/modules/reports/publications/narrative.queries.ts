import type { Db } from '../../../platform/db/database.js'
import type { BilanNarrative } from '../bilan/bilan.document.js'

/** The director's draft narrative of a region's Bilan for a period (empty when none was written). */
export async function findNarrative(_db: Db, _regionCode: string, _from: string, _to: string): Promise<BilanNarrative> {
  return {}
}
