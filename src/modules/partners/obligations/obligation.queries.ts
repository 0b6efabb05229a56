import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { agreements } from '../agreements/agreement.schema.js'
import { deliverables, instalments } from './obligation.schema.js'

export type InstalmentRow = typeof instalments.$inferSelect
export type DeliverableRow = typeof deliverables.$inferSelect

/** What the obligations need of an agreement: its region (scope), period (date rules) and total (schedule). */
export type AgreementFacts = {
  id: string
  reference: string
  regionCode: string
  organizationId: string
  startOn: string
  endOn: string
  totalCents: number
}

const facts = {
  id: agreements.id,
  reference: agreements.reference,
  regionCode: agreements.regionCode,
  organizationId: agreements.organizationId,
  startOn: agreements.startOn,
  endOn: agreements.endOn,
  totalCents: agreements.totalCents,
}

/** An agreement's facts, locked when asked (a schedule replaced as a whole must not interleave with another). */
export async function findAgreementFacts(db: Db, id: string, lock = false): Promise<AgreementFacts | undefined> {
  const query = db.select(facts).from(agreements).where(eq(agreements.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row
}

export function listInstalmentRows(db: Db, agreementId: string): Promise<InstalmentRow[]> {
  return db.select().from(instalments).where(eq(instalments.agreementId, agreementId)).orderBy(asc(instalments.number))
}

export function listDeliverableRows(db: Db, agreementId: string): Promise<DeliverableRow[]> {
  return db
    .select()
    .from(deliverables)
    .where(eq(deliverables.agreementId, agreementId))
    .orderBy(asc(deliverables.dueOn), asc(deliverables.title))
}

/** An instalment (its update is guarded by a condition on `paidOn`) with its agreement's facts and the status of the deliverable its payment waits for. */
export async function findInstalmentWithFacts(db: Db, id: string) {
  const [row] = await db
    .select({ instalment: instalments, agreement: facts, deliverableStatus: deliverables.status })
    .from(instalments)
    .innerJoin(agreements, eq(agreements.id, instalments.agreementId))
    .leftJoin(deliverables, eq(deliverables.id, instalments.deliverableId))
    .where(eq(instalments.id, id))
  return row
}

/** A deliverable with its agreement's facts. */
export async function findDeliverableWithFacts(db: Db, id: string) {
  const [row] = await db
    .select({ deliverable: deliverables, agreement: facts })
    .from(deliverables)
    .innerJoin(agreements, eq(agreements.id, deliverables.agreementId))
    .where(eq(deliverables.id, id))
  return row
}

/** Whether a deliverable belongs to an agreement (an instalment's condition must be one of its own). */
export async function deliverableIdsOf(db: Db, agreementId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: deliverables.id })
    .from(deliverables)
    .where(and(eq(deliverables.agreementId, agreementId)))
  return new Set(rows.map((r) => r.id))
}
