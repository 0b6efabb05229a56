import { and, arrayContains, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { organizations } from './organization.schema.js'
import type { ServiceCategory } from './organization-services.js'
import { isWebAddress } from './web-address.js'

export type OrganizationRow = typeof organizations.$inferSelect
export type OrganizationValues = Omit<typeof organizations.$inferInsert, 'id' | 'createdAt'>

/** The organization with this id; undefined for an unknown id or one that is not a UUID (it cannot exist). */
export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id))
  return row
}

/** What the public site shows of a resource organization (public data only). */
export type PublicOrganization = {
  id: string
  name: string
  city: string | null
  website: string | null
  regionCode: string
  services: ServiceCategory[]
}

const nameOrder = sql`${organizations.name} collate fr_icu`

/**
 * The organizations listed publicly as resources of a region: its own and those of other regions that declare they
 * serve it, in French alphabetical order. A website that is not an http(s) address (stored before addresses were
 * checked) is left out rather than rendered as a link.
 */
export async function listPublicOrganizations(db: Db, regionCode: string): Promise<PublicOrganization[]> {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      city: organizations.city,
      website: organizations.website,
      regionCode: organizations.regionCode,
      services: organizations.services,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.listedPublicly, true),
        or(eq(organizations.regionCode, regionCode), arrayContains(organizations.servedRegionCodes, [regionCode])),
      ),
    )
    .orderBy(nameOrder, organizations.id)
  return rows.map((r) => ({
    ...r,
    services: r.services as ServiceCategory[],
    website: r.website && isWebAddress(r.website) ? r.website : null,
  }))
}

/** Every organization listed publicly, in every region (the open-data export), by region then name. */
export function listPublicOrganizationRows(db: Db): Promise<OrganizationRow[]> {
  return db
    .select()
    .from(organizations)
    .where(eq(organizations.listedPublicly, true))
    .orderBy(organizations.regionCode, nameOrder, organizations.id)
}

/** An organization as staff pick it (a plan step, a referral): its id and name. */
export type RegionOrganization = { id: string; name: string; city: string | null }

/** Every organization of a region, listed publicly or not, in French alphabetical order (staff choose among them). */
export async function listOrganizationsOfRegion(db: Db, regionCode: string): Promise<RegionOrganization[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, city: organizations.city })
    .from(organizations)
    .where(eq(organizations.regionCode, regionCode))
    .orderBy(nameOrder)
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

/** Text folded for searching: no accents, no case, punctuation as spaces. */
const folded = (text: SQL) => sql`trim(regexp_replace(unaccent(lower(${text})), '[^[:alnum:]]+', ' ', 'g'))`

/** Whether the organization's name, city or description contains the words (folded; % and _ fold away). */
function containsWords(q: string): SQL {
  const haystack = sql`${organizations.name} || ' ' || coalesce(${organizations.city}, '') || ' ' || coalesce(${organizations.description}, '')`
  return sql`${folded(haystack)} like '%' || ${folded(sql`${q}`)} || '%'`
}

export type OrganizationFilter = {
  q?: string
  kind?: OrganizationRow['kind']
  service?: ServiceCategory
  mrc?: string
  /** The position after which the page starts: the last row's name and id. */
  after?: [name: string, id: string]
}

/** Organizations of some regions ('all' = every region) matching the filter, by name, at most `limit` (one query). */
export function listOrganizationRows(
  db: Db,
  regionCodes: 'all' | readonly string[],
  filter: OrganizationFilter,
  limit: number,
): Promise<OrganizationRow[]> {
  const at = filter.after
  const conditions: (SQL | undefined)[] = [
    regionCodes === 'all' ? undefined : inArray(organizations.regionCode, regionCodes.length ? [...regionCodes] : ['']),
    filter.q ? containsWords(filter.q) : undefined,
    filter.kind ? eq(organizations.kind, filter.kind) : undefined,
    filter.service ? arrayContains(organizations.services, [filter.service]) : undefined,
    filter.mrc ? arrayContains(organizations.servedMrcCodes, [filter.mrc]) : undefined,
    at ? sql`(${nameOrder}, ${organizations.id}) > (${at[0]} collate fr_icu, ${at[1]}::uuid)` : undefined,
  ]
  return db
    .select()
    .from(organizations)
    .where(and(...conditions))
    .orderBy(nameOrder, organizations.id)
    .limit(limit)
}

/** Another organization of the region with the same name (case-insensitive). */
export async function findOrganizationByName(db: Db, regionCode: string, name: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.regionCode, regionCode), sql`lower(${organizations.name}) = lower(${name})`))
  return row
}

export async function insertOrganization(db: Db, values: OrganizationValues & { createdAt: Date }) {
  const [row] = await db.insert(organizations).values(values).returning()
  return row!
}

export async function updateOrganizationRow(db: Db, id: string, values: Partial<OrganizationValues>) {
  const [row] = await db.update(organizations).set(values).where(eq(organizations.id, id)).returning()
  return row!
}

/** The organizations of some regions (id, name, region), by name: what the agreement forms and filters offer. */
export async function listOrganizationChoices(db: Db, regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return []
  return db
    .select({ id: organizations.id, name: organizations.name, regionCode: organizations.regionCode })
    .from(organizations)
    .where(inArray(organizations.regionCode, [...regionCodes]))
    .orderBy(sql`${organizations.name} collate fr_icu`)
}
