import { asc } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import type { ActionOutput, KindCount } from './action.contracts.js'
import { presentAction } from './action.presenter.js'
import { actionConditions, countActionRowsByKind, listActionRowsBy } from './action.queries.js'
import { localActions } from './action.schema.js'

// Bilan counting rule: an action counts in a reporting period when its [start_on, end_on] overlaps [from, to], both
// ends included (an action that ends on the period's first day counts; one that starts the day after it ends does not).
// The reports module checks who may read the Bilan; these read the regions it asks for.

/**
 * The actions of some regions overlapping a period, counted per kind in catalogue order with their participants;
 * kinds without any action are absent.
 */
export async function countActionsByKind(
  db: Db,
  regionCodes: readonly string[],
  from: string,
  to: string,
): Promise<KindCount[]> {
  if (regionCodes.length === 0) return []
  return countActionRowsByKind(db, regionCodes, { from, to })
}

/** The actions of some regions overlapping a period, earliest first (the Bilan's drill-down). */
export async function listActionsInPeriod(
  db: Db,
  regionCodes: readonly string[],
  from: string,
  to: string,
): Promise<ActionOutput[]> {
  if (regionCodes.length === 0) return []
  const rows = await listActionRowsBy(db, actionConditions(regionCodes, { from, to }), [
    asc(localActions.startOn),
    asc(localActions.title),
  ])
  return rows.map(presentAction)
}
