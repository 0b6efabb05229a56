import type { BilanDocument } from '../bilan/bilan.document.js'
import type { BilanModel, PublicCount } from '../bilan/bilan.model.js'
import type { PublicationRow } from './publication.queries.js'

/** A published Bilan as its pages show it: what was stored when it was published, nothing recomputed. */
export type PublishedBilan = {
  id: string
  regionCode: string
  regionSlug: string
  /** The region's name in each language, as it was published. */
  regionName: { fr: string; en: string }
  period: { from: string; to: string }
  version: number
  /** When its figures were computed (ISO instant). */
  dataAsOf: string
  publishedAt: string
  figures: { personsAccompanied: PublicCount; enterprisesAccompanied: PublicCount; agreements: number }
  documents: { fr: BilanDocument; en: BilanDocument }
}

type StoredSnapshot = { model: BilanModel; documents: { fr: BilanDocument; en: BilanDocument } }

/** A publication row → what its pages show (every field listed). */
export function presentPublication(row: PublicationRow): PublishedBilan {
  const { model, documents } = row.snapshot as StoredSnapshot
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionSlug: model.region.slug,
    regionName: { fr: model.region.nameFr, en: model.region.nameEn },
    period: { from: row.from, to: row.to },
    version: row.version,
    dataAsOf: row.dataAsOf.toISOString(),
    publishedAt: row.publishedAt.toISOString(),
    figures: {
      personsAccompanied: model.personsAccompanied,
      enterprisesAccompanied: model.enterprisesAccompanied,
      agreements: model.agreements,
    },
    documents: { fr: documents.fr, en: documents.en },
  }
}
