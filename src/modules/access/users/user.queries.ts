import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { users } from './user.schema.js'

export type UserRow = typeof users.$inferSelect

/** The account with this email (case-insensitive), if any. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
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

/** Records a failed sign-in; locks the account for `lockMinutes` once `maxFailures` is reached. */
export async function recordFailedSignIn(db: Db, id: string, now: Date, maxFailures: number, lockMinutes: number) {
  const lockUntil = new Date(now.getTime() + lockMinutes * 60_000)
  await db
    .update(users)
    .set({
      failedSignIns: sql`${users.failedSignIns} + 1`,
      lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
}

export async function clearFailedSignIns(db: Db, id: string): Promise<void> {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id))
}

/** How many accounts exist (the first start of an empty database has none). */
export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users)
  return row?.n ?? 0
}
