import { desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { persons } from '../persons/person.schema.js'
import { interventions } from './intervention.schema.js'

export type InterventionRow = typeof interventions.$inferSelect

export async function findIntervention(db: Db, id: string): Promise<InterventionRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(interventions).where(eq(interventions.id, id))
  return row
}

/** A dossier's interventions, latest first. */
export function listInterventionRows(db: Db, dossierId: string): Promise<InterventionRow[]> {
  return db
    .select()
    .from(interventions)
    .where(eq(interventions.dossierId, dossierId))
    .orderBy(desc(interventions.occurredAt), desc(interventions.id))
}

export async function insertIntervention(
  db: Db,
  values: Omit<typeof interventions.$inferInsert, 'id'>,
): Promise<InterventionRow> {
  const [row] = await db.insert(interventions).values(values).returning()
  return row!
}

/** Parcours: the first meeting is the earliest in-person, phone or video intervention (an email is not a meeting). */
export async function markFirstMeeting(db: Db, dossierId: string, on: string): Promise<void> {
  await db
    .update(dossiers)
    .set({ firstMeetingOn: sql`least(coalesce(${dossiers.firstMeetingOn}, ${on}::date), ${on}::date)` })
    .where(eq(dossiers.id, dossierId))
}

/** The birth date of a dossier's person (an intervention cannot precede it). */
export async function findBirthDate(db: Db, personId: string): Promise<string> {
  const [row] = await db.select({ birthDate: persons.birthDate }).from(persons).where(eq(persons.id, personId))
  return row!.birthDate
}
