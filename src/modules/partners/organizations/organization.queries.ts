import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { organizations } from './organization.schema.js'
import { isWebAddress } from './web-address.js'

export type OrganizationRow = typeof organizations.$inferSelect

/** The organization with this id; undefined for an unknown id or one that is not a UUID (it cannot exist). */
export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id))
  return row
}

/** What the public site shows of a resource organization. */
export type PublicOrganization = { id: string; name: string; city: string | null; website: string | null }

/**
 * The organizations a region lists publicly as resources, in French alphabetical order (public data only); a website
 * that is not an http(s) address (stored before addresses were checked) is left out rather than rendered as a link.
 */
export async function listPublicOrganizations(db: Db, regionCode: string): Promise<PublicOrganization[]> {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      city: organizations.city,
      website: organizations.website,
    })
    .from(organizations)
    .where(and(eq(organizations.regionCode, regionCode), eq(organizations.listedPublicly, true)))
    .orderBy(sql`${organizations.name} collate fr_icu`)
  return rows.map((r) => ({ ...r, website: r.website && isWebAddress(r.website) ? r.website : null }))
}

/** An organization as staff pick it (a plan step, a referral): its id and name. */
export type RegionOrganization = { id: string; name: string; city: string | null }

/** Every organization of a region, listed publicly or not, in French alphabetical order (staff choose among them). */
export async function listOrganizationsOfRegion(db: Db, regionCode: string): Promise<RegionOrganization[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, city: organizations.city })
    .from(organizations)
    .where(eq(organizations.regionCode, regionCode))
    .orderBy(sql`${organizations.name} collate fr_icu`)
}

/** The names of some organizations by id, in one query (a dossier's timeline names the organizations it referred to). */
export async function findOrganizationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter(isUuid)
  if (wanted.length === 0) return new Map()
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, wanted))
  return new Map(rows.map((r) => [r.id, r.name]))
}
