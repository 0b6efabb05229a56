import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { programs, programVolets } from './program.schema.js'

export type ProgramRow = typeof programs.$inferSelect
export type VoletRow = typeof programVolets.$inferSelect

/** Every program and every volet, in their display order (two small reference tables, two queries). */
export async function listProgramRows(db: Db): Promise<{ programs: ProgramRow[]; volets: VoletRow[] }> {
  const programRows = await db.select().from(programs).orderBy(asc(programs.sortOrder), asc(programs.code))
  const voletRows = await db.select().from(programVolets).orderBy(asc(programVolets.sortOrder), asc(programVolets.code))
  return { programs: programRows, volets: voletRows }
}

export async function findProgram(db: Db, code: string): Promise<ProgramRow | undefined> {
  const [row] = await db.select().from(programs).where(eq(programs.code, code))
  return row
}

export async function findVolet(db: Db, id: string): Promise<VoletRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(programVolets).where(eq(programVolets.id, id))
  return row
}

export async function insertProgram(db: Db, values: typeof programs.$inferInsert): Promise<ProgramRow> {
  const [row] = await db.insert(programs).values(values).returning()
  return row!
}

export async function insertVolet(db: Db, values: typeof programVolets.$inferInsert): Promise<VoletRow> {
  const [row] = await db.insert(programVolets).values(values).returning()
  return row!
}

export async function setProgramValidTo(db: Db, code: string, validTo: string): Promise<void> {
  await db.update(programs).set({ validTo }).where(eq(programs.code, code))
}

export async function setVoletValidTo(db: Db, id: string, validTo: string): Promise<void> {
  await db.update(programVolets).set({ validTo }).where(eq(programVolets.id, id))
}
