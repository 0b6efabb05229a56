import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import type { CnpGroupOutput, OccupationOutput, ScianSectorOutput, UnitGroupOutput } from './occupation.contracts.js'
import { cnpGroups, cnpUnitGroups, scianSectors } from './occupation.schema.js'

const occupationColumns = {
  code: cnpUnitGroups.code,
  teer: cnpUnitGroups.teer,
  titleFr: cnpUnitGroups.titleFr,
  titleEn: cnpUnitGroups.titleEn,
}

/**
 * CNP 2021 unit groups matching a search, best first: the exact code, then codes starting with the digits typed, then
 * titles (French or English, accents and case folded as `people.fold` stores them) starting with the words, then
 * titles containing them. Every word must appear (in any order).
 */
export async function searchOccupations(db: Db, q: string, limit: number): Promise<OccupationOutput[]> {
  const folded = sql`people.fold(${q})`
  const words = q.trim().split(/\s+/).filter(Boolean)
  // strpos, not like: a "%" or "_" typed is looked for as itself.
  const allWords = sql.join(
    words.map((w) => sql`strpos(${cnpUnitGroups.searchFolded}, coalesce(people.fold(${w}), '')) > 0`),
    sql` and `,
  )
  const titleStarts = sql`(starts_with(people.fold(${cnpUnitGroups.titleEn}), ${folded}) or starts_with(people.fold(coalesce(${cnpUnitGroups.titleFr}, '')), ${folded}))`
  // Only digits are a code prefix (a "%" typed is a character, never a wildcard).
  const digits = /^[0-9]{1,5}$/.test(q.trim()) ? q.trim() : '-'
  const rank = sql`case when ${cnpUnitGroups.code} = ${digits} then 0 when starts_with(${cnpUnitGroups.code}, ${digits}) then 1 when ${titleStarts} then 2 else 3 end`
  if (words.length === 0) return []
  return (
    db
      .select(occupationColumns)
      .from(cnpUnitGroups)
      // Digits look for codes only (a code prefix; "2123" is not inside "22123"); words look in the titles.
      .where(digits === '-' ? allWords : sql`starts_with(${cnpUnitGroups.code}, ${digits})`)
      .orderBy(rank, asc(cnpUnitGroups.code))
      .limit(limit)
  )
}

type GroupRow = typeof cnpGroups.$inferSelect
const groupOf = (groups: Map<string, GroupRow>, code: string): CnpGroupOutput => {
  const g = groups.get(code)
  return { code, titleFr: g?.titleFr ?? g?.titleEn ?? code, titleEn: g?.titleEn ?? code }
}

/** Some unit groups with their TEER and their four groups (two queries; unknown codes are absent), in code order. */
export async function findUnitGroups(db: Db, codes: readonly string[]): Promise<UnitGroupOutput[]> {
  if (codes.length === 0) return []
  const units = await db
    .select()
    .from(cnpUnitGroups)
    .where(inArray(cnpUnitGroups.code, [...new Set(codes)]))
    .orderBy(cnpUnitGroups.code)
  if (units.length === 0) return []
  const groupCodes = units.flatMap((u) => [u.broadCategory, u.majorGroup, u.subMajorGroup, u.minorGroup])
  const groups = new Map(
    (
      await db
        .select()
        .from(cnpGroups)
        .where(inArray(cnpGroups.code, [...new Set(groupCodes)]))
    ).map((g) => [g.code, g]),
  )
  return units.map((u) => ({
    code: u.code,
    teer: u.teer,
    titleFr: u.titleFr,
    titleEn: u.titleEn,
    broadCategory: groupOf(groups, u.broadCategory),
    majorGroup: groupOf(groups, u.majorGroup),
    subMajorGroup: groupOf(groups, u.subMajorGroup),
    minorGroup: groupOf(groups, u.minorGroup),
  }))
}

/** The unit groups of some codes, without their groups (which codes exist, and their titles). */
export function findOccupations(db: Db, codes: readonly string[]): Promise<OccupationOutput[]> {
  if (codes.length === 0) return Promise.resolve([])
  return db
    .select(occupationColumns)
    .from(cnpUnitGroups)
    .where(inArray(cnpUnitGroups.code, [...new Set(codes)]))
}

/** Every SCIAN 2022 sector, in code order. */
export function listScianSectors(db: Db): Promise<ScianSectorOutput[]> {
  return db.select().from(scianSectors).orderBy(scianSectors.code)
}

/** One SCIAN 2022 sector, if the code exists. */
export async function findScianSector(db: Db, code: string): Promise<ScianSectorOutput | undefined> {
  const [row] = await db.select().from(scianSectors).where(eq(scianSectors.code, code))
  return row
}
