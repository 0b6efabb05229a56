import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { actionKinds } from './action.schema.js'

export type KindRow = typeof actionKinds.$inferSelect

/** The whole catalogue in its order, retired kinds included. */
export function listKindRows(db: Db): Promise<KindRow[]> {
  return db.select().from(actionKinds).orderBy(asc(actionKinds.sortOrder), asc(actionKinds.code))
}

export async function findKindRow(db: Db, code: string): Promise<KindRow | undefined> {
  const [row] = await db.select().from(actionKinds).where(eq(actionKinds.code, code))
  return row
}

/** The highest display order of the catalogue (0 when empty): a new kind goes after it. */
export async function lastSortOrder(db: Db): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`coalesce(max(${actionKinds.sortOrder}), 0)::int` })
    .from(actionKinds)
  return row?.last ?? 0
}

export async function insertKindRow(db: Db, values: typeof actionKinds.$inferInsert): Promise<KindRow> {
  const [row] = await db.insert(actionKinds).values(values).returning()
  return row!
}

export async function updateKindRow(
  db: Db,
  code: string,
  values: Partial<Pick<KindRow, 'nameFr' | 'nameEn' | 'sortOrder' | 'validTo'>>,
): Promise<KindRow> {
  const [row] = await db.update(actionKinds).set(values).where(eq(actionKinds.code, code)).returning()
  return row!
}
