import { and, asc, eq, isNull } from 'drizzle-orm'
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
    .where(eq(deliverables.agreementId, agreementId))
  return new Set(rows.map((r) => r.id))
}

export type NewInstalment = Omit<typeof instalments.$inferInsert, 'id'>

/** Replaces the unpaid instalments of an agreement by fresh rows (the paid ones stay). */
export async function replaceUnpaidInstalments(db: Db, agreementId: string, fresh: NewInstalment[]): Promise<void> {
  await db.delete(instalments).where(and(eq(instalments.agreementId, agreementId), isNull(instalments.paidOn)))
  if (fresh.length > 0) await db.insert(instalments).values(fresh)
}

/** Marks an unpaid instalment paid; undefined when it was paid meanwhile. */
export async function setInstalmentPaid(db: Db, id: string, paidOn: string, paidBy: string | null) {
  const [row] = await db
    .update(instalments)
    .set({ paidOn, paidBy })
    .where(and(eq(instalments.id, id), isNull(instalments.paidOn)))
    .returning()
  return row
}

/** Clears a payment recorded on a date; undefined when the payment changed meanwhile. */
export async function clearInstalmentPayment(db: Db, id: string, wasPaidOn: string) {
  const [row] = await db
    .update(instalments)
    .set({ paidOn: null, paidBy: null })
    .where(and(eq(instalments.id, id), eq(instalments.paidOn, wasPaidOn)))
    .returning()
  return row
}

/** The number of the first instalment whose payment waits on a deliverable, if any. */
export async function findInstalmentWaitingOn(db: Db, deliverableId: string): Promise<number | undefined> {
  const [row] = await db
    .select({ number: instalments.number })
    .from(instalments)
    .where(eq(instalments.deliverableId, deliverableId))
    .orderBy(asc(instalments.number))
    .limit(1)
  return row?.number
}

export async function insertDeliverable(db: Db, values: typeof deliverables.$inferInsert): Promise<DeliverableRow> {
  const [row] = await db.insert(deliverables).values(values).returning()
  return row!
}

export async function updateDeliverable(db: Db, id: string, values: Partial<typeof deliverables.$inferInsert>) {
  const [row] = await db.update(deliverables).set(values).where(eq(deliverables.id, id)).returning()
  return row!
}

export async function deleteDeliverable(db: Db, id: string): Promise<void> {
  await db.delete(deliverables).where(eq(deliverables.id, id))
}
