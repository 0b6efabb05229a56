import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { dossierNeeds } from '../needs/need.schema.js'
import { persons } from '../persons/person.schema.js'
import { planSteps } from './plan.schema.js'

export type PlanStepRow = typeof planSteps.$inferSelect
/** A step with the code of the need it serves. */
export type PlanStepLine = PlanStepRow & { needCode: string }

const stepColumns = { step: planSteps, needCode: dossierNeeds.needCode }

/** The steps of a dossier's plan, by due date (undated last), then as they were added. */
export async function listPlanStepRows(db: Db, dossierId: string): Promise<PlanStepLine[]> {
  const rows = await db
    .select(stepColumns)
    .from(planSteps)
    .innerJoin(dossierNeeds, eq(dossierNeeds.id, planSteps.needId))
    .where(eq(planSteps.dossierId, dossierId))
    .orderBy(sql`${planSteps.dueOn} asc nulls last`, asc(planSteps.createdAt), asc(planSteps.id))
  return rows.map((r) => ({ ...r.step, needCode: r.needCode }))
}

export async function findPlanStep(db: Db, id: string): Promise<PlanStepLine | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select(stepColumns)
    .from(planSteps)
    .innerJoin(dossierNeeds, eq(dossierNeeds.id, planSteps.needId))
    .where(eq(planSteps.id, id))
  return row ? { ...row.step, needCode: row.needCode } : undefined
}

/** The assessed need of this id in this dossier (a step may only serve its own dossier's needs). */
export async function findNeedOfDossier(db: Db, dossierId: string, needId: string) {
  const [row] = await db
    .select({ id: dossierNeeds.id, needCode: dossierNeeds.needCode })
    .from(dossierNeeds)
    .where(and(eq(dossierNeeds.id, needId), eq(dossierNeeds.dossierId, dossierId)))
  return row
}

export async function insertPlanStep(db: Db, values: typeof planSteps.$inferInsert): Promise<PlanStepRow> {
  const [row] = await db.insert(planSteps).values(values).returning()
  return row!
}

export async function updatePlanStepRow(
  db: Db,
  id: string,
  values: Partial<Omit<PlanStepRow, 'id' | 'dossierId' | 'needId' | 'createdAt'>>,
): Promise<PlanStepRow> {
  const [row] = await db.update(planSteps).set(values).where(eq(planSteps.id, id)).returning()
  return row!
}

/** The person's name on a dossier's plan (the page's heading and the printed plan). */
export async function findPersonName(db: Db, personId: string) {
  const [row] = await db
    .select({
      givenName: persons.givenName,
      familyName: persons.familyName,
      preferredLanguage: persons.preferredLanguage,
    })
    .from(persons)
    .where(eq(persons.id, personId))
  return row
}
