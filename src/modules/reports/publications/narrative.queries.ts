import { and, eq } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import type { BilanNarrative } from '../bilan/bilan.document.js'
import { narrativeOfJson } from './narrative.contracts.js'
import { bilanNarratives } from './publication.schema.js'

const samePeriod = (regionCode: string, from: string, to: string) =>
  and(eq(bilanNarratives.regionCode, regionCode), eq(bilanNarratives.fromOn, from), eq(bilanNarratives.toOn, to))

/** The director's draft narrative of a region's Bilan for a period (empty when none was written). */
export async function findNarrative(db: Db, regionCode: string, from: string, to: string): Promise<BilanNarrative> {
  const [row] = await db
    .select({ sections: bilanNarratives.sections })
    .from(bilanNarratives)
    .where(samePeriod(regionCode, from, to))
  return narrativeOfJson(row?.sections)
}

/** Writes the draft narrative of a region and period (the one draft, created or replaced); returns its id. */
export async function upsertNarrative(
  db: Db,
  p: { regionCode: string; from: string; to: string; narrative: BilanNarrative; at: Date; by: string | null },
): Promise<string> {
  const values = { sections: p.narrative, updatedAt: p.at, updatedBy: p.by }
  const [row] = await db
    .insert(bilanNarratives)
    .values({ regionCode: p.regionCode, fromOn: p.from, toOn: p.to, ...values })
    .onConflictDoUpdate({
      target: [bilanNarratives.regionCode, bilanNarratives.fromOn, bilanNarratives.toOn],
      set: values,
    })
    .returning({ id: bilanNarratives.id })
  return row!.id
}
