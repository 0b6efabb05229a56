import { isNotNull } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { enterprises } from '../enterprises/enterprise.schema.js'

/** Every enterprise's id by its NEQ (enterprises without one left out): what a labour needs file names them by. */
export async function enterpriseIdsByNeq(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ neq: enterprises.neq, id: enterprises.id })
    .from(enterprises)
    .where(isNotNull(enterprises.neq))
  return new Map(rows.map((r) => [r.neq!, r.id]))
}
