import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { validOn } from '../../../platform/validity.js'
import { staffMembers, type staffRoles } from './staff.schema.js'

export type StaffRow = typeof staffMembers.$inferSelect

export async function findStaffMember(db: Db, id: string): Promise<StaffRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, id))
  return row
}

export async function findStaffByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(sql`lower(${staffMembers.email}) = lower(${email})`)
  return row
}

/** The team member a user account belongs to, in post on a date (their id, role and region), if any. */
export async function findStaffOfUser(db: Db, userId: string, activeOn: string) {
  const [row] = await db
    .select({ id: staffMembers.id, role: staffMembers.role, regionCode: staffMembers.regionCode })
    .from(staffMembers)
    .where(and(eq(staffMembers.userId, userId), validOn(staffMembers, activeOn)))
    .limit(1)
  return row
}

/** Team members of some regions, optionally of one role and only those active on a date. */
export function listStaffRows(
  db: Db,
  regionCodes: 'all' | readonly string[],
  filter: { role?: (typeof staffRoles)[number]; activeOn?: string },
): Promise<StaffRow[]> {
  const conditions: (SQL | undefined)[] = []
  if (regionCodes !== 'all')
    conditions.push(inArray(staffMembers.regionCode, regionCodes.length ? [...regionCodes] : ['']))
  if (filter.role) conditions.push(eq(staffMembers.role, filter.role))
  if (filter.activeOn) conditions.push(validOn(staffMembers, filter.activeOn))
  return db
    .select()
    .from(staffMembers)
    .where(and(...conditions))
    .orderBy(staffMembers.regionCode, staffMembers.role, sql`${staffMembers.fullName} collate fr_icu`)
}

export type StaffValues = Omit<typeof staffMembers.$inferInsert, 'id' | 'createdAt' | 'userId'>

export async function insertStaffRow(db: Db, values: StaffValues & { createdAt: Date }): Promise<StaffRow> {
  const [row] = await db.insert(staffMembers).values(values).returning()
  return row!
}

export async function updateStaffRow(
  db: Db,
  id: string,
  values: Partial<StaffValues> & { userId?: string | null },
): Promise<StaffRow> {
  const [row] = await db.update(staffMembers).set(values).where(eq(staffMembers.id, id)).returning()
  return row!
}
