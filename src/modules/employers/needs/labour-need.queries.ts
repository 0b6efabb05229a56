import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { inRegions, type RegionCodes } from '../regions.sql.js'
import { isUuid } from '../../../platform/validation.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import { cnpGroups, cnpUnitGroups } from '../occupations/occupation.schema.js'
import type { LabourNeedFilter } from './labour-need.contracts.js'
import { labourNeeds } from './labour-need.schema.js'

export type LabourNeedValues = Omit<typeof labourNeeds.$inferInsert, 'id' | 'createdAt' | 'createdBy' | 'updatedAt'>

/** A need with its enterprise's name and its CNP unit group's titles, TEER and broad category. */
const needColumns = {
  id: labourNeeds.id,
  enterpriseId: labourNeeds.enterpriseId,
  enterpriseName: enterprises.legalName,
  title: labourNeeds.title,
  cnpCode: labourNeeds.cnpCode,
  cnpTitleFr: cnpUnitGroups.titleFr,
  cnpTitleEn: cnpUnitGroups.titleEn,
  teer: cnpUnitGroups.teer,
  broadCategory: cnpUnitGroups.broadCategory,
  positions: labourNeeds.positions,
  frenchLevel: labourNeeds.frenchLevel,
  otherLanguages: labourNeeds.otherLanguages,
  experienceYears: labourNeeds.experienceYears,
  regulatedProfession: labourNeeds.regulatedProfession,
  credentialRequired: labourNeeds.credentialRequired,
  wageCents: labourNeeds.wageCents,
  wageUnit: labourNeeds.wageUnit,
  employmentType: labourNeeds.employmentType,
  city: labourNeeds.city,
  mrcCode: labourNeeds.mrcCode,
  regionCode: labourNeeds.regionCode,
  startOn: labourNeeds.startOn,
  status: labourNeeds.status,
  description: labourNeeds.description,
  createdAt: labourNeeds.createdAt,
  updatedAt: labourNeeds.updatedAt,
}

const joined = (db: Db) =>
  db
    .select(needColumns)
    .from(labourNeeds)
    .innerJoin(enterprises, eq(enterprises.id, labourNeeds.enterpriseId))
    .innerJoin(cnpUnitGroups, eq(cnpUnitGroups.code, labourNeeds.cnpCode))

export type LabourNeedRow = Awaited<ReturnType<typeof findLabourNeedRow>> & {}

export async function findLabourNeedRow(db: Db, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await joined(db).where(eq(labourNeeds.id, id))
  return row
}

/** Whether the title or the enterprise's name contains the words (accents, case and punctuation folded). */
function mentions(q: string): SQL {
  const folded = sql`people.fold(${q})`
  return sql`(strpos(people.fold(${labourNeeds.title}), ${folded}) > 0 or strpos(${enterprises.nameFolded}, ${folded}) > 0)`
}

/** The conditions of a filter: regions, status, broad category, MRC, enterprise, words. */
function needConditions(regionCodes: RegionCodes, f: LabourNeedFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = []
  conditions.push(inRegions(labourNeeds.regionCode, regionCodes))
  if (f.status) conditions.push(eq(labourNeeds.status, f.status))
  if (f.category) conditions.push(eq(cnpUnitGroups.broadCategory, f.category))
  if (f.mrc) conditions.push(eq(labourNeeds.mrcCode, f.mrc))
  if (f.enterprise) conditions.push(eq(labourNeeds.enterpriseId, f.enterprise))
  if (f.q) conditions.push(mentions(f.q))
  return and(...conditions)
}

/** A page of needs, latest first (`limit` rows from `offset`; ask one more to know whether a next page exists). */
export function listLabourNeedRows(db: Db, regionCodes: RegionCodes, filter: LabourNeedFilter, limit: number) {
  return joined(db)
    .where(needConditions(regionCodes, filter))
    .orderBy(desc(labourNeeds.createdAt), desc(labourNeeds.id))
    .limit(limit)
    .offset(filter.offset ?? 0)
}

/** What a need takes from its enterprise: its region (the scope's question), location defaults and name. */
export async function findEnterpriseForNeed(db: Db, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({
      id: enterprises.id,
      legalName: enterprises.legalName,
      regionCode: enterprises.regionCode,
      mrcCode: enterprises.mrcCode,
      city: enterprises.city,
    })
    .from(enterprises)
    .where(eq(enterprises.id, id))
  return row
}

/** The CNP 2021 broad categories (code 0–9) with their titles, for the list's filter. */
export function listBroadCategories(db: Db) {
  return db
    .select({ code: cnpGroups.code, titleFr: cnpGroups.titleFr, titleEn: cnpGroups.titleEn })
    .from(cnpGroups)
    .where(eq(cnpGroups.level, 'broad_category'))
    .orderBy(cnpGroups.code)
}

export async function insertLabourNeedRow(db: Db, values: typeof labourNeeds.$inferInsert): Promise<string> {
  const [row] = await db.insert(labourNeeds).values(values).returning({ id: labourNeeds.id })
  return row!.id
}

export async function updateLabourNeedRow(db: Db, id: string, values: Partial<typeof labourNeeds.$inferInsert>) {
  await db.update(labourNeeds).set(values).where(eq(labourNeeds.id, id))
}

/**
 * Moves every need of an enterprise to its new region; an MRC belongs to one region, so the old one is dropped.
 * Returns the ids of the needs moved.
 */
export async function moveEnterpriseNeedRows(db: Db, enterpriseId: string, regionCode: string, now: Date) {
  return db
    .update(labourNeeds)
    .set({ regionCode, mrcCode: null, updatedAt: now })
    .where(and(eq(labourNeeds.enterpriseId, enterpriseId), sql`${labourNeeds.regionCode} <> ${regionCode}`))
    .returning({ id: labourNeeds.id })
}
