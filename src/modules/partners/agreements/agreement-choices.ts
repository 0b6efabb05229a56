import { inArray, sql } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope, type MrcRow, type RegionRow } from '../../territory/index.js'
import { organizations } from '../organizations/organization.schema.js'
import type { ProgramOutput } from '../programs/program.contracts.js'
import { listPrograms } from '../programs/program.service.js'

/** What the agreement forms and filters offer: the organizations, programs, regions and MRCs of the caller's scope. */
export type AgreementChoices = {
  organizations: { id: string; name: string; regionCode: string }[]
  programs: ProgramOutput[]
  regions: RegionRow[]
  mrcs: MrcRow[]
}

/** One read each, one after the other (a transaction is one connection). */
export async function loadAgreementChoices(ctx: Ctx, withMrcs = true): Promise<AgreementChoices> {
  const regions = await listRegionsInScope(ctx)
  const codes = regions.map((r) => r.code)
  const orgs =
    codes.length === 0
      ? []
      : await ctx.db
          .select({ id: organizations.id, name: organizations.name, regionCode: organizations.regionCode })
          .from(organizations)
          .where(inArray(organizations.regionCode, codes))
          .orderBy(sql`${organizations.name} collate fr_icu`)
  const programs = await listPrograms(ctx)
  const mrcs = withMrcs ? await listMrcsOfRegionsOrThrow(ctx, codes) : []
  return { organizations: orgs, programs, regions, mrcs }
}
