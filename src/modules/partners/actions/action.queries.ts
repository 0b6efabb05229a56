import { and, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { agreements } from '../agreements/agreement.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import type { ActionCursor } from './action.contracts.js'
import { actionKinds, localActions } from './action.schema.js'

export type ActionValues = Omit<typeof localActions.$inferInsert, 'id' | 'createdAt' | 'createdBy' | 'reportId'>
type RegionCodes = 'all' | readonly string[]

/** The filters every read of actions shares (list, summary, Bilan); a period keeps actions overlapping it. */
export type ActionFilter = {
  from?: string
  to?: string
  kind?: string
  agreementId?: string
  mrc?: string
  q?: string
  after?: ActionCursor
}

/** An action with its kind's names, its agreement's reference and title, and its organization. */
const actionColumns = {
  id: localActions.id,
  agreementId: localActions.agreementId,
  agreementReference: agreements.reference,
  agreementTitle: agreements.title,
  organizationId: agreements.organizationId,
  organizationName: organizations.name,
  regionCode: localActions.regionCode,
  kindCode: localActions.kindCode,
  kindNameFr: actionKinds.nameFr,
  kindNameEn: actionKinds.nameEn,
  title: localActions.title,
  description: localActions.description,
  startOn: localActions.startOn,
  endOn: localActions.endOn,
  municipality: localActions.municipality,
  mrcCode: localActions.mrcCode,
  immigrantParticipants: localActions.immigrantParticipants,
  totalParticipants: localActions.totalParticipants,
  partnersInvolved: localActions.partnersInvolved,
  reportId: localActions.reportId,
  createdAt: localActions.createdAt,
}

const joined = (db: Db, columns: Record<string, unknown> = actionColumns) =>
  db
    .select(columns as typeof actionColumns)
    .from(localActions)
    .innerJoin(agreements, eq(agreements.id, localActions.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .innerJoin(actionKinds, eq(actionKinds.code, localActions.kindCode))

export type ActionRow = Awaited<ReturnType<typeof findActionRow>> & {}

/** Text folded for searching: no accents, no case, punctuation as spaces. */
const folded = (text: SQL) => sql`trim(regexp_replace(unaccent(lower(${text})), '[^[:alnum:]]+', ' ', 'g'))`

function mentions(q: string): SQL {
  const haystack = sql`${agreements.reference} || ' ' || ${agreements.title} || ' ' || ${organizations.name}`
  return sql`${folded(haystack)} like '%' || ${folded(sql`${q}`)} || '%'`
}

/** Rows after a position, latest start first: (start_on, id) below the cursor's. */
function afterCursor(c: ActionCursor): SQL | undefined {
  return or(lt(localActions.startOn, c.startOn), and(eq(localActions.startOn, c.startOn), lt(localActions.id, c.id)))
}

/** The conditions of a filter: regions, overlap with the period, kind, agreement, MRC, words, position. */
export function actionConditions(regionCodes: RegionCodes, f: ActionFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = []
  if (regionCodes !== 'all')
    conditions.push(inArray(localActions.regionCode, regionCodes.length ? [...regionCodes] : ['']))
  // Overlap: the action ends on or after the period starts and starts on or before it ends.
  if (f.from) conditions.push(gte(localActions.endOn, f.from))
  if (f.to) conditions.push(lte(localActions.startOn, f.to))
  if (f.kind) conditions.push(eq(localActions.kindCode, f.kind))
  if (f.agreementId) conditions.push(eq(localActions.agreementId, f.agreementId))
  if (f.mrc) conditions.push(eq(localActions.mrcCode, f.mrc))
  if (f.q) conditions.push(mentions(f.q))
  if (f.after) conditions.push(afterCursor(f.after))
  return and(...conditions)
}

export async function findActionRow(db: Db, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await joined(db).where(eq(localActions.id, id))
  return row
}

/** A page of actions, latest start first (`limit` rows; ask one more to know whether a next page exists). */
export function listActionRows(db: Db, regionCodes: RegionCodes, filter: ActionFilter, limit: number) {
  return joined(db)
    .where(actionConditions(regionCodes, filter))
    .orderBy(desc(localActions.startOn), desc(localActions.id))
    .limit(limit)
}

/** Every action meeting some conditions, in the order given (the Bilan's drill-down). */
export function listActionRowsBy(db: Db, where: SQL | undefined, order: SQL[]) {
  return joined(db)
    .where(where)
    .orderBy(...order)
}

/** Per kind, in catalogue order: actions and their participants (nulls count as 0); kinds without actions absent. */
export function countActionRowsByKind(db: Db, regionCodes: RegionCodes, filter: ActionFilter) {
  return db
    .select({
      code: actionKinds.code,
      nameFr: actionKinds.nameFr,
      nameEn: actionKinds.nameEn,
      count: sql<number>`count(*)::int`,
      immigrantParticipants: sql<number>`coalesce(sum(${localActions.immigrantParticipants}), 0)::int`,
      totalParticipants: sql<number>`coalesce(sum(${localActions.totalParticipants}), 0)::int`,
    })
    .from(localActions)
    .innerJoin(agreements, eq(agreements.id, localActions.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .innerJoin(actionKinds, eq(actionKinds.code, localActions.kindCode))
    .where(actionConditions(regionCodes, filter))
    .groupBy(actionKinds.code, actionKinds.nameFr, actionKinds.nameEn, actionKinds.sortOrder)
    .orderBy(actionKinds.sortOrder, actionKinds.code)
}

/** What an action needs of its agreement: region, period, status, organization. */
export async function findAgreementForAction(db: Db, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({
      id: agreements.id,
      regionCode: agreements.regionCode,
      startOn: agreements.startOn,
      endOn: agreements.endOn,
      status: agreements.status,
      reference: agreements.reference,
    })
    .from(agreements)
    .where(eq(agreements.id, id))
  return row
}

/** At most this many agreements offered on the action form; the form says when it offers only the first ones. */
export const OPEN_AGREEMENT_LIMIT = 500

/**
 * The first `OPEN_AGREEMENT_LIMIT` agreements of some regions that new actions may join (signed or under way), by
 * reference, with their organization's name.
 */
export function listOpenAgreementRows(db: Db, regionCodes: RegionCodes) {
  const conditions: (SQL | undefined)[] = [inArray(agreements.status, ['signed', 'in_progress'])]
  if (regionCodes !== 'all')
    conditions.push(inArray(agreements.regionCode, regionCodes.length ? [...regionCodes] : ['']))
  return db
    .select({
      id: agreements.id,
      reference: agreements.reference,
      title: agreements.title,
      regionCode: agreements.regionCode,
      startOn: agreements.startOn,
      endOn: agreements.endOn,
      organizationName: organizations.name,
    })
    .from(agreements)
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .where(and(...conditions))
    .orderBy(agreements.reference)
    .limit(OPEN_AGREEMENT_LIMIT)
}

/** Agreements of some regions by reference (lower case), for an import. */
export async function findAgreementsByReference(db: Db, regionCodes: RegionCodes) {
  const rows = await db
    .select({
      id: agreements.id,
      reference: agreements.reference,
      regionCode: agreements.regionCode,
    })
    .from(agreements)
    .where(
      regionCodes === 'all' ? undefined : inArray(agreements.regionCode, regionCodes.length ? [...regionCodes] : ['']),
    )
  return new Map(rows.map((r) => [r.reference.toLowerCase(), r.id]))
}

export async function insertActionRow(db: Db, values: typeof localActions.$inferInsert): Promise<string> {
  const [row] = await db.insert(localActions).values(values).returning({ id: localActions.id })
  return row!.id
}

export async function updateActionRow(db: Db, id: string, values: Partial<ActionValues>): Promise<void> {
  await db.update(localActions).set(values).where(eq(localActions.id, id))
}

export async function deleteActionRow(db: Db, id: string): Promise<void> {
  await db.delete(localActions).where(eq(localActions.id, id))
}
