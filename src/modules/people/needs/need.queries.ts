import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { validOn } from '../../../platform/validity.js'
import { planSteps } from '../plans/plan.schema.js'
import { dossierNeeds, needCatalogue, volets } from './need.schema.js'

export type CatalogueRow = typeof needCatalogue.$inferSelect
export type DossierNeedRow = typeof dossierNeeds.$inferSelect
/** An assessed need with its catalogue entry (labels, volet). */
export type AssessedNeedRow = DossierNeedRow & { need: CatalogueRow }
/** A catalogue need as an assessment form shows it: with the dossier's assessment when there is one. */
export type AssessmentLine = { need: CatalogueRow; assessed: DossierNeedRow | null }

const voletRank = (volet: string) => volets.indexOf(volet as (typeof volets)[number])

/** Catalogue order: volet (installation, francisation, employment, community), then the volet's own order. */
export function byCatalogueOrder(a: CatalogueRow, b: CatalogueRow): number {
  return voletRank(a.volet) - voletRank(b.volet) || a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)
}

/** The catalogue, every need or only those in force on a date. */
export async function listCatalogueRows(db: Db, activeOn?: string): Promise<CatalogueRow[]> {
  const rows = await db
    .select()
    .from(needCatalogue)
    .where(activeOn ? validOn(needCatalogue, activeOn) : undefined)
  return rows.sort(byCatalogueOrder)
}

export async function findCatalogueNeed(db: Db, code: string): Promise<CatalogueRow | undefined> {
  const [row] = await db.select().from(needCatalogue).where(eq(needCatalogue.code, code))
  return row
}

export async function insertCatalogueNeed(db: Db, values: typeof needCatalogue.$inferInsert): Promise<CatalogueRow> {
  const [row] = await db.insert(needCatalogue).values(values).returning()
  return row!
}

export async function updateCatalogueNeed(
  db: Db,
  code: string,
  values: Partial<Omit<CatalogueRow, 'code'>>,
): Promise<CatalogueRow> {
  const [row] = await db.update(needCatalogue).set(values).where(eq(needCatalogue.code, code)).returning()
  return row!
}

/**
 * The assessment form of a dossier in one query: the needs in force on the day, plus the retired ones this dossier
 * already has (a retired need stays on the dossiers that had it, but is offered to no new assessment).
 */
export async function listAssessmentLines(db: Db, dossierId: string, today: string): Promise<AssessmentLine[]> {
  const rows = await db
    .select({ need: needCatalogue, assessed: dossierNeeds })
    .from(needCatalogue)
    .leftJoin(dossierNeeds, and(eq(dossierNeeds.needCode, needCatalogue.code), eq(dossierNeeds.dossierId, dossierId)))
    .where(or(validOn(needCatalogue, today), isNotNull(dossierNeeds.id)))
  return rows.sort((a, b) => byCatalogueOrder(a.need, b.need))
}

/** The needs assessed in a dossier, in catalogue order. */
export async function listAssessedNeedRows(db: Db, dossierId: string): Promise<AssessedNeedRow[]> {
  const rows = await db
    .select({ assessed: dossierNeeds, need: needCatalogue })
    .from(dossierNeeds)
    .innerJoin(needCatalogue, eq(needCatalogue.code, dossierNeeds.needCode))
    .where(eq(dossierNeeds.dossierId, dossierId))
  return rows.sort((a, b) => byCatalogueOrder(a.need, b.need)).map((r) => ({ ...r.assessed, need: r.need }))
}

export async function insertDossierNeeds(db: Db, values: (typeof dossierNeeds.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(dossierNeeds).values(values)
}

/** Changes the priority, status and notes of several assessed needs in one statement, under one assessment stamp. */
export async function updateDossierNeeds(
  db: Db,
  changes: Pick<DossierNeedRow, 'id' | 'priority' | 'status' | 'notes'>[],
  stamp: Pick<DossierNeedRow, 'assessedOn' | 'assessedBy' | 'updatedAt'>,
): Promise<void> {
  if (changes.length === 0) return
  const values = sql.join(
    changes.map((c) => sql`(${c.id}::uuid, ${c.priority}::text, ${c.status}::text, ${c.notes}::text)`),
    sql`, `,
  )
  await db.execute(
    sql`update people.dossier_needs dn set priority = v.priority, status = v.status, notes = v.notes,
          assessed_on = ${stamp.assessedOn}::date, assessed_by = ${stamp.assessedBy}::uuid, updated_at = ${stamp.updatedAt}
        from (values ${values}) as v(id, priority, status, notes)
        where dn.id = v.id`,
  )
}

export async function deleteDossierNeeds(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(dossierNeeds).where(inArray(dossierNeeds.id, ids))
}

/** Which of these assessed needs have plan steps (they cannot be removed from the assessment). */
export async function needIdsWithSteps(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectDistinct({ needId: planSteps.needId })
    .from(planSteps)
    .where(inArray(planSteps.needId, ids))
  return new Set(rows.map((r) => r.needId))
}
