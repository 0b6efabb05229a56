import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { type PublishedBilan, presentPublication } from './publication.presenter.js'
import { findPublicationFile, listPublicationRows, type PublicationFileKey } from './publication.queries.js'

// What the public site reads of the published Bilans: public by nature (published, small counts suppressed), so read
// without an actor, always of one region.

/** The region's published Bilans, newest first. */
export async function listPublishedBilans(db: Db, regionCode: string): Promise<PublishedBilan[]> {
  return (await listPublicationRows(db, [regionCode])).map(presentPublication)
}

/**
 * One published Bilan of the region (undefined for an unknown id, another region's or a malformed one) and every
 * version of the same period, oldest first.
 */
export async function findPublishedBilan(
  db: Db,
  regionCode: string,
  id: string,
): Promise<{ bilan: PublishedBilan; versions: PublishedBilan[] } | undefined> {
  if (!isUuid(id)) return undefined
  const all = await listPublishedBilans(db, regionCode)
  const bilan = all.find((b) => b.id === id)
  if (!bilan) return undefined
  const versions = all
    .filter((b) => b.period.from === bilan.period.from && b.period.to === bilan.period.to)
    .sort((a, b) => a.version - b.version)
  return { bilan, versions }
}

/** A published Bilan's stored PDF or DOCX, byte for byte as published (undefined when not the region's). */
export async function findPublishedBilanFile(
  db: Db,
  regionCode: string,
  id: string,
  key: PublicationFileKey,
): Promise<Buffer | undefined> {
  if (!isUuid(id)) return undefined
  return findPublicationFile(db, regionCode, id, key)
}
