import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { type roles, users } from './user.schema.js'

export type UserRow = typeof users.$inferSelect

/** The account with this email (case-insensitive), if any. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`)
  return row
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id))
  return row
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning()
  return row!
}

/** How many accounts exist (the first start of an empty database has none). */
export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users)
  return row?.n ?? 0
}

/** The display names of some accounts by id, in one query (only the public name, never credentials). */
export async function findUserDisplayNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null && isUuid(id))
  if (wanted.length === 0) return new Map()
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted))
  return new Map(rows.map((r) => [r.id, r.displayName]))
}

/** The role of some accounts by id, in one query (whether a partner or staff wrote something). */
export async function findUserRoles(
  db: Db,
  ids: readonly (string | null)[],
): Promise<Map<string, (typeof roles)[number]>> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null && isUuid(id))
  if (wanted.length === 0) return new Map()
  const rows = await db.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, wanted))
  return new Map(rows.map((r) => [r.id, r.role]))
}

/** An account that may receive a role's mail: where to write, in which language, and the grant to resolve. */
export type RoleRecipient = {
  id: string
  email: string
  locale: 'fr' | 'en'
  scopeKind: UserRow['scopeKind']
  scopeRef: string | null
}

/** The enabled accounts of a role, in one query (the directors a reminder digest goes to). */
export function listUsersWithRole(db: Db, role: (typeof roles)[number]): Promise<RoleRecipient[]> {
  return db
    .select({
      id: users.id,
      email: users.email,
      locale: users.locale,
      scopeKind: users.scopeKind,
      scopeRef: users.scopeRef,
    })
    .from(users)
    .where(and(eq(users.role, role), isNull(users.disabledAt)))
    .orderBy(users.email)
}
