import { and, desc, eq, inArray, max, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import type { BilanPeriod } from './narrative.contracts.js'
import { bilanPublicationFiles, bilanPublications } from './publication.schema.js'

export type PublicationFileKey = { lang: 'fr' | 'en'; format: 'pdf' | 'docx' }
export type PublicationFile = PublicationFileKey & { content: Buffer }

const samePeriod = (p: BilanPeriod) =>
  and(
    eq(bilanPublications.regionCode, p.region),
    eq(bilanPublications.fromOn, p.from),
    eq(bilanPublications.toOn, p.to),
  )

/** The last version published for a region and period (0 when none). */
export async function lastVersion(db: Db, p: BilanPeriod): Promise<number> {
  const [row] = await db
    .select({ v: max(bilanPublications.version) })
    .from(bilanPublications)
    .where(samePeriod(p))
  return row?.v ?? 0
}

/**
 * Holds, until the end of the caller's transaction, the right to number the next version of a region's Bilan for a
 * period: two publishers of the same Bilan wait for each other instead of both taking the same number.
 */
export async function lockVersions(db: Db, p: BilanPeriod): Promise<void> {
  const key = `bilan:${p.region}:${p.from}:${p.to}`
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
}

/** Inserts a publication and its files (inside the caller's transaction); returns its id. */
export async function insertPublication(
  db: Db,
  p: BilanPeriod & {
    version: number
    snapshot: unknown
    dataAsOf: Date
    publishedAt: Date
    publishedBy: string | null
    files: PublicationFile[]
  },
): Promise<string> {
  const [row] = await db
    .insert(bilanPublications)
    .values({
      regionCode: p.region,
      fromOn: p.from,
      toOn: p.to,
      version: p.version,
      snapshot: p.snapshot,
      dataAsOf: p.dataAsOf,
      publishedAt: p.publishedAt,
      publishedBy: p.publishedBy,
    })
    .returning({ id: bilanPublications.id })
  const id = row!.id
  await db.insert(bilanPublicationFiles).values(p.files.map((f) => ({ publicationId: id, ...f })))
  return id
}

const listColumns = {
  id: bilanPublications.id,
  regionCode: bilanPublications.regionCode,
  from: bilanPublications.fromOn,
  to: bilanPublications.toOn,
  version: bilanPublications.version,
  snapshot: bilanPublications.snapshot,
  dataAsOf: bilanPublications.dataAsOf,
  publishedAt: bilanPublications.publishedAt,
}
export type PublicationRow = {
  id: string
  regionCode: string
  from: string
  to: string
  version: number
  snapshot: unknown
  dataAsOf: Date
  publishedAt: Date
}

/** The publications of some regions ('all': every region), newest first. */
export async function listPublicationRows(db: Db, regionCodes: readonly string[] | 'all'): Promise<PublicationRow[]> {
  if (regionCodes !== 'all' && regionCodes.length === 0) return []
  const where = regionCodes === 'all' ? undefined : inArray(bilanPublications.regionCode, regionCodes)
  return db
    .select(listColumns)
    .from(bilanPublications)
    .where(where)
    .orderBy(desc(bilanPublications.publishedAt), desc(bilanPublications.version))
}

/** One publication, if it is of this region. */
export async function findPublicationRow(db: Db, regionCode: string, id: string): Promise<PublicationRow | undefined> {
  const [row] = await db
    .select(listColumns)
    .from(bilanPublications)
    .where(and(eq(bilanPublications.id, id), eq(bilanPublications.regionCode, regionCode)))
  return row
}

/** One stored document of a publication, if it is of this region. */
export async function findPublicationFile(
  db: Db,
  regionCode: string,
  id: string,
  key: PublicationFileKey,
): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ content: bilanPublicationFiles.content })
    .from(bilanPublicationFiles)
    .innerJoin(bilanPublications, eq(bilanPublications.id, bilanPublicationFiles.publicationId))
    .where(
      and(
        eq(bilanPublicationFiles.publicationId, id),
        eq(bilanPublications.regionCode, regionCode),
        eq(bilanPublicationFiles.lang, key.lang),
        eq(bilanPublicationFiles.format, key.format),
      ),
    )
  return row?.content
}
