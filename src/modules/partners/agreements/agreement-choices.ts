import type { Ctx } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope, type MrcRow, type RegionRow } from '../../territory/index.js'
import { listOrganizationChoices } from '../organizations/organization.queries.js'
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
  const orgs = await listOrganizationChoices(ctx.db, codes)
  const programs = await listPrograms(ctx)
  const mrcs = withMrcs ? await listMrcsOfRegionsOrThrow(ctx, codes) : []
  return { organizations: orgs, programs, regions, mrcs }
}
