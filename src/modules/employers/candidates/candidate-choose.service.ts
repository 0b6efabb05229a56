import { inArray } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { type ConsentingPerson, listPersonsConsentingTo } from '../../people/index.js'
import { civilDate } from '../../territory/index.js'
import { candidateProfiles } from './candidate.schema.js'
import { assertCanWriteProfiles } from './candidate.service.js'

/** How many persons the chooser shows at once (a name narrows it). */
export const CHOOSER_LIMIT = 50

/**
 * Whom a new candidate profile may be for: the persons of the caller's scope who consented to job matching today and
 * have no profile yet, by name. Advisors, who do not open persons' files, choose here; agents also start from the file.
 */
export async function listPersonsWithoutProfile(ctx: Ctx, q: string | undefined): Promise<ConsentingPerson[]> {
  assertCanWriteProfiles(ctx)
  const filter = { purpose: 'job_matching' as const, today: civilDate(ctx.now), q, limit: CHOOSER_LIMIT * 2 }
  const persons = await listPersonsConsentingTo(ctx.db, ctx.scope, filter)
  if (persons.length === 0) return []
  const ids = persons.map((p) => p.id)
  const profiled = await ctx.db
    .select({ personId: candidateProfiles.personId })
    .from(candidateProfiles)
    .where(inArray(candidateProfiles.personId, ids))
  const taken = new Set(profiled.map((r) => r.personId))
  return persons.filter((p) => !taken.has(p.id)).slice(0, CHOOSER_LIMIT)
}
