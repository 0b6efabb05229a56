import type { Db } from '../../../platform/db/database.js'
import type { BilanModel, BilanQuery } from './bilan.model.js'

/**
 * The Bilan of a region or directorate for a period, computed from the modules' counting functions (staff audience:
 * exact counts). not_found for an unknown region or directorate; invalid_input for a period that ends before it starts.
 */
export async function computeBilan(_db: Db, _query: BilanQuery, _now: Date): Promise<BilanModel> {
  throw new Error('computeBilan: not built yet')
}
