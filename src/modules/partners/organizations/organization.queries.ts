import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { organizations } from './organization.schema.js'

export type OrganizationRow = typeof organizations.$inferSelect

/** The organization with this id; undefined for an unknown id or one that is not a UUID (it cannot exist). */
export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id))
  return row
}

/** The organizations a region lists publicly as resources, in French alphabetical order (public data only). */
export function listPublicOrganizations(db: Db, regionCode: string) {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      city: organizations.city,
      website: organizations.website,
    })
    .from(organizations)
    .where(and(eq(organizations.regionCode, regionCode), eq(organizations.listedPublicly, true)))
    .orderBy(sql`${organizations.name} collate fr_icu`)
}
