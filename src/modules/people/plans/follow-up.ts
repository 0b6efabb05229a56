import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { planSteps } from './plan.schema.js'

/**
 * Sets a dossier's next follow-up to the earliest due date of its open steps (planned or in progress), or none. The
 * dossiers feature owns the table; the plan owns this one column's rule ("follow-up due dates from the plan"), written
 * in the transaction of the step's change. Call it with the transaction's db.
 */
export async function refreshNextFollowUp(db: Db, dossierId: string): Promise<void> {
  const earliest = sql`(select min(${planSteps.dueOn}) from ${planSteps}
    where ${planSteps.dossierId} = ${dossierId} and ${planSteps.status} in ('planned', 'in_progress'))`
  await db
    .update(dossiers)
    .set({ nextFollowUpOn: sql`${earliest}` })
    .where(eq(dossiers.id, dossierId))
}
