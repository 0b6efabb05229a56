import type { Ctx } from '../../src/modules/access/index.js'
import { candidateProfiles } from '../../src/modules/employers/candidates/candidate.schema.js'
import { enterprises } from '../../src/modules/employers/enterprises/enterprise.schema.js'
import { labourNeeds } from '../../src/modules/employers/needs/labour-need.schema.js'
import { placements, proposals } from '../../src/modules/employers/proposals/proposal.schema.js'
import { advisorServices } from '../../src/modules/employers/services/advisor-service.schema.js'
import { buildPerson } from './people.js'
import { buildConsent } from './referrals.js'

// Rows written straight to the tables: factories arrange a test's world, the services under test do the rest.
let n = 0

type EnterpriseRow = typeof enterprises.$inferSelect
type LabourNeedRow = typeof labourNeeds.$inferSelect
type ProfileRow = typeof candidateProfiles.$inferSelect

/** A valid NEQ of the test series (10 digits, unique in the process); it need not be a registered number. */
export function testNeq(): string {
  n++
  return `88${String(process.pid % 10_000).padStart(4, '0')}${String(n).padStart(4, '0')}`
}

/** An enterprise of a region (a fish plant in Gaspé, Gaspésie–Îles-de-la-Madeleine, unless told). */
export async function buildEnterprise(ctx: Ctx, overrides: Partial<typeof enterprises.$inferInsert> = {}) {
  n++
  const [row] = await ctx.db
    .insert(enterprises)
    .values({
      legalName: `Entreprise ${n}-${Math.random().toString(36).slice(2, 7)}`,
      scianCode: '31-33',
      city: 'Gaspé',
      mrcCode: '03',
      regionCode: '11',
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...overrides,
    })
    .returning()
  return row!
}

/** An advisor service given to an enterprise (information on immigration programs, 2020-06-15 unless told). */
export async function buildAdvisorService(
  ctx: Ctx,
  enterprise: Pick<EnterpriseRow, 'id'>,
  overrides: Partial<typeof advisorServices.$inferInsert> = {},
) {
  const [row] = await ctx.db
    .insert(advisorServices)
    .values({
      enterpriseId: enterprise.id,
      kind: 'immigration_programs_info',
      servedOn: '2020-06-15',
      createdAt: ctx.now,
      ...overrides,
    })
    .returning()
  return row!
}

/** An open labour need of an enterprise, in its region (two food-processing labourers, 95106, unless told). */
export async function buildLabourNeed(
  ctx: Ctx,
  enterprise: Pick<EnterpriseRow, 'id' | 'regionCode' | 'mrcCode' | 'city'>,
  overrides: Partial<typeof labourNeeds.$inferInsert> = {},
): Promise<LabourNeedRow> {
  const [row] = await ctx.db
    .insert(labourNeeds)
    .values({
      enterpriseId: enterprise.id,
      title: 'Journalier ou journalière d’usine',
      cnpCode: '95106',
      positions: 2,
      employmentType: 'seasonal',
      city: enterprise.city,
      mrcCode: enterprise.mrcCode,
      regionCode: enterprise.regionCode,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...overrides,
    })
    .returning()
  return row!
}

/**
 * A candidate profile of a person (built if not given) who consented to job matching (unless `consent: false`),
 * looking for the unit groups given (95106 unless told), in the person's region.
 */
export async function buildCandidateProfile(
  ctx: Ctx,
  overrides: Partial<typeof candidateProfiles.$inferInsert> & { person?: { id: string; regionCode: string } } & {
    consent?: boolean
  } = {},
): Promise<ProfileRow> {
  const { person: given, consent = true, ...rest } = overrides
  const person = given ?? (await buildPerson(ctx, { regionCode: rest.currentRegionCode ?? '11' }))
  if (consent) await buildConsent(ctx, person.id, 'job_matching')
  const targets = rest.targetCnpCodes ?? ['95106']
  const [row] = await ctx.db
    .insert(candidateProfiles)
    .values({
      personId: person.id,
      currentRegionCode: person.regionCode,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...rest,
      targetCnpCodes: targets,
      targetBroadCategories: [...new Set(targets.map((c) => c.slice(0, 1)))],
    })
    .returning()
  return row!
}

/** A proposal of a candidate for a labour need (proposed on 2020-07-01 unless told). */
export async function buildProposal(
  ctx: Ctx,
  need: Pick<LabourNeedRow, 'id'>,
  profile: Pick<ProfileRow, 'id'>,
  overrides: Partial<typeof proposals.$inferInsert> = {},
) {
  const [row] = await ctx.db
    .insert(proposals)
    .values({
      labourNeedId: need.id,
      profileId: profile.id,
      proposedOn: '2020-07-01',
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...overrides,
    })
    .returning()
  return row!
}

/** A hire for a labour need (2020-08-01, the need's region, the candidate's region of origin unless told). */
export async function buildPlacement(
  ctx: Ctx,
  need: LabourNeedRow,
  profile: Pick<ProfileRow, 'personId' | 'currentRegionCode'>,
  overrides: Partial<typeof placements.$inferInsert> = {},
) {
  const [row] = await ctx.db
    .insert(placements)
    .values({
      labourNeedId: need.id,
      enterpriseId: need.enterpriseId,
      personId: profile.personId,
      hiredOn: '2020-08-01',
      positionTitle: need.title,
      cnpCode: need.cnpCode,
      employmentType: need.employmentType,
      regionCode: need.regionCode,
      originRegionCode: profile.currentRegionCode,
      createdAt: ctx.now,
      ...overrides,
    })
    .returning()
  return row!
}
