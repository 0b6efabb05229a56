import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../src/modules/access/index.js'
import { createOrganization } from '../../src/modules/partners/index.js'
import type { ConsentPurpose } from '../../src/modules/people/consents/consent.contracts.js'
import { consents, consentTexts } from '../../src/modules/people/consents/consent.schema.js'
import { dossierNeeds, needCatalogue } from '../../src/modules/people/needs/need.schema.js'
import { planSteps } from '../../src/modules/people/plans/plan.schema.js'

// Consents, needs and plan steps written straight to the tables, and organizations through the partners module:
// the world a referral test needs; the referral services under test do the rest.
let n = 0

type DossierLike = { id: string }

/** A partner organization of a region (Gaspésie–Îles-de-la-Madeleine unless told). */
export function buildOrganization(ctx: Ctx, overrides: { regionCode?: string; name?: string } = {}) {
  n++
  return createOrganization(ctx, {
    name: `Organisme ${n}-${Date.now()}`,
    kind: 'community',
    regionCode: '11',
    ...overrides,
  })
}

/** A person's consent to a purpose (text version 1), given on 2020-01-02 unless told. */
export async function buildConsent(
  ctx: Ctx,
  personId: string,
  purpose: ConsentPurpose,
  overrides: Partial<typeof consents.$inferInsert> = {},
) {
  const [text] = await ctx.db
    .select()
    .from(consentTexts)
    .where(and(eq(consentTexts.purpose, purpose), eq(consentTexts.version, 1)))
  const [row] = await ctx.db
    .insert(consents)
    .values({ personId, purpose, textId: text!.id, givenOn: '2020-01-02', recordedAt: new Date(), ...overrides })
    .returning()
  return row!
}

/** A need of the catalogue for tests (volet installation), created once. */
async function testCatalogueNeed(ctx: Ctx): Promise<string> {
  const code = 'test_referral_housing'
  await ctx.db
    .insert(needCatalogue)
    .values({
      code,
      volet: 'installation',
      labelFr: 'Logement (essai)',
      labelEn: 'Housing (test)',
      validFrom: '2019-01-01',
    })
    .onConflictDoNothing()
  return code
}

/** A need assessed in a dossier (high priority, with notes). */
export async function buildNeed(
  ctx: Ctx,
  dossier: DossierLike,
  overrides: Partial<typeof dossierNeeds.$inferInsert> = {},
) {
  const needCode = overrides.needCode ?? (await testCatalogueNeed(ctx))
  const [row] = await ctx.db
    .insert(dossierNeeds)
    .values({
      dossierId: dossier.id,
      needCode,
      priority: 'high',
      notes: 'Famille de quatre, cherche un 5 ½ près de l’école.',
      assessedOn: '2020-01-10',
      ...overrides,
    })
    .returning()
  return row!
}

/** A plan step tied to a need of the dossier. */
export async function buildPlanStep(
  ctx: Ctx,
  dossier: DossierLike,
  need: { id: string },
  overrides: Partial<typeof planSteps.$inferInsert> = {},
) {
  n++
  const [row] = await ctx.db
    .insert(planSteps)
    .values({
      dossierId: dossier.id,
      needId: need.id,
      action: `Visiter trois logements (${n})`,
      responsible: 'partner',
      ...overrides,
    })
    .returning()
  return row!
}
