import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import { personNameSql } from '../../people/index.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { cnpUnitGroups } from '../occupations/occupation.schema.js'
import { personJobMatchingConsentSql, profileConsentSql, visibleProfileSql } from './candidate.access.js'
import { candidateProfiles } from './candidate.schema.js'

export type ProfileRow = typeof candidateProfiles.$inferSelect
export type ProfileValues = Omit<typeof candidateProfiles.$inferInsert, 'id' | 'createdAt' | 'personId'>
/** A profile with its person's name and whether the person's job-matching consent counts today. */
export type ProfileRecord = ProfileRow & { personName: string; consentActive: boolean }
/** The titles of the target occupations, in the profile's order. */
export type TargetTitle = { code: string; titleFr: string | null; titleEn: string }
export type ProfileListRow = ProfileRow & { personName: string; targetTitles: TargetTitle[] }

const personName = personNameSql(sql`${candidateProfiles.personId}`)

/** The titles of a profile's target occupations, in its order (one subquery, no query per row). */
const targetTitles = sql<TargetTitle[]>`coalesce((
  select json_agg(json_build_object('code', u.code, 'titleFr', u.title_fr, 'titleEn', u.title_en) order by t.n)
  from unnest(${candidateProfiles.targetCnpCodes}) with ordinality t(code, n)
  join ${cnpUnitGroups} u on u.code = t.code), '[]'::json)`

/** A profile by id, with its person's name and whether the consent counts today; undefined when unknown. */
export async function findProfileRecord(db: Db, id: string, today: string): Promise<ProfileRecord | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({ profile: candidateProfiles, personName, consentActive: sql<boolean>`${profileConsentSql(today)}` })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.id, id))
  return row && { ...row.profile, personName: row.personName, consentActive: row.consentActive }
}

/** The profile of a person, whatever its state (one per person). */
export async function findProfileOfPerson(db: Db, personId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(candidateProfiles).where(eq(candidateProfiles.personId, personId))
  return row
}

/** Whether a person's consent to job matching counts on `today`. */
export async function hasJobMatchingConsent(db: Db, personId: string, today: string): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(
    db,
    sql`select ${personJobMatchingConsentSql(sql`${personId}::uuid`, today)} as ok`,
  )
  return row?.ok === true
}

export type ProfileListFilter = { q?: string; region?: string; closed?: boolean; today: string; limit: number }

/**
 * The profiles the caller's scope reaches (current region or declared mobility) whose person's consent counts today,
 * by name; open ones unless `closed`; words match the name or a target CNP code. One query.
 */
export function listProfileRows(db: Db, scope: Scope, filter: ProfileListFilter): Promise<ProfileListRow[]> {
  const conditions: SQL[] = [visibleProfileSql(scope), profileConsentSql(filter.today)]
  if (!filter.closed) conditions.push(sql`${candidateProfiles.closedAt} is null`)
  if (filter.region) {
    const r = filter.region
    conditions.push(
      sql`(${candidateProfiles.currentRegionCode} = ${r} or ${r} = any(${candidateProfiles.mobilityRegionCodes}))`,
    )
  }
  if (filter.q) {
    const words = filter.q
    conditions.push(
      sql`(strpos(people.fold(${personName}), people.fold(${words})) > 0 or ${words} = any(${candidateProfiles.targetCnpCodes}))`,
    )
  }
  return db
    .select({ profile: candidateProfiles, personName, targetTitles })
    .from(candidateProfiles)
    .where(and(...conditions))
    .orderBy(personName, candidateProfiles.id)
    .limit(filter.limit)
    .then((rows) => rows.map((r) => ({ ...r.profile, personName: r.personName, targetTitles: r.targetTitles })))
}

export async function insertProfile(db: Db, values: typeof candidateProfiles.$inferInsert): Promise<ProfileRow> {
  const [row] = await db.insert(candidateProfiles).values(values).returning()
  return row!
}

export async function updateProfileRow(db: Db, id: string, values: Partial<ProfileValues>): Promise<ProfileRow> {
  const [row] = await db.update(candidateProfiles).set(values).where(eq(candidateProfiles.id, id)).returning()
  return row!
}
