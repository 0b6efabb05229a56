import type { Ctx } from '../../src/modules/access/index.js'
import { localActions } from '../../src/modules/partners/actions/action.schema.js'
import { agreementAmounts, agreements } from '../../src/modules/partners/agreements/agreement.schema.js'
import { deliverables, instalments } from '../../src/modules/partners/obligations/obligation.schema.js'
import { organizations } from '../../src/modules/partners/organizations/organization.schema.js'

// Rows written straight to the tables: factories arrange a test's world, the services under test do the rest.
let n = 0

type OrganizationRow = typeof organizations.$inferInsert
type AgreementRow = typeof agreements.$inferInsert

/** An organization of a region (Gaspésie–Îles-de-la-Madeleine unless told). */
export async function buildOrganization(ctx: Ctx, overrides: Partial<OrganizationRow> = {}) {
  n++
  const [row] = await ctx.db
    .insert(organizations)
    .values({ name: `Organisme ${n}`, kind: 'community', regionCode: '11', city: 'Gaspé', ...overrides })
    .returning()
  return row!
}

/**
 * A signed PAC agreement of an organization over fiscal years 2020 and 2021 (2020-04-01 to 2022-03-31), 50 000 $ a
 * year unless told; `amounts` are per fiscal year in cents.
 */
export async function buildAgreement(
  ctx: Ctx,
  organization: { id: string; regionCode: string },
  overrides: Partial<AgreementRow> & { amounts?: Record<number, number> } = {},
) {
  n++
  const { amounts = { 2020: 5_000_000, 2021: 5_000_000 }, ...rest } = overrides
  const total = Object.values(amounts).reduce((a, b) => a + b, 0)
  const [row] = await ctx.db
    .insert(agreements)
    .values({
      reference: `ENT-TEST-${n}-${Math.random().toString(36).slice(2, 8)}`,
      organizationId: organization.id,
      regionCode: organization.regionCode,
      programCode: 'PAC',
      title: `Entente ${n}`,
      startOn: '2020-04-01',
      endOn: '2022-03-31',
      status: 'signed',
      signedOn: '2020-03-15',
      totalCents: total,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...rest,
    })
    .returning()
  const entries = Object.entries(amounts).map(([year, cents]) => ({
    agreementId: row!.id,
    fiscalYear: Number(year),
    amountCents: cents,
  }))
  if (entries.length > 0) await ctx.db.insert(agreementAmounts).values(entries)
  return row!
}

/** A deliverable of an agreement (an interim activity report due on the date given). */
export async function buildDeliverable(
  ctx: Ctx,
  agreementId: string,
  overrides: Partial<typeof deliverables.$inferInsert> = {},
) {
  const [row] = await ctx.db
    .insert(deliverables)
    .values({
      agreementId,
      kind: 'interim_activity_report',
      title: 'Rapport d’étape',
      dueOn: '2021-03-31',
      ...overrides,
    })
    .returning()
  return row!
}

/** An instalment of an agreement (number 1 unless told). */
export async function buildInstalment(
  ctx: Ctx,
  agreementId: string,
  overrides: Partial<typeof instalments.$inferInsert> = {},
) {
  const [row] = await ctx.db
    .insert(instalments)
    .values({ agreementId, number: 1, plannedOn: '2020-05-01', amountCents: 2_500_000, ...overrides })
    .returning()
  return row!
}

/** A local action funded by an agreement (an intercultural supper in Gaspé unless told). */
export async function buildAction(
  ctx: Ctx,
  agreement: { id: string; regionCode: string },
  overrides: Partial<typeof localActions.$inferInsert> = {},
) {
  n++
  const [row] = await ctx.db
    .insert(localActions)
    .values({
      agreementId: agreement.id,
      regionCode: agreement.regionCode,
      kindCode: 'intercultural_meals',
      title: `Action ${n}`,
      startOn: '2020-12-12',
      endOn: '2020-12-12',
      municipality: 'Gaspé',
      immigrantParticipants: 20,
      totalParticipants: 45,
      createdAt: ctx.now,
      ...overrides,
    })
    .returning()
  return row!
}
