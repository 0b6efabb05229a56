import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { programVolets } from '../programs/program.schema.js'
import type { AgreementInput } from './agreement.contracts.js'

// Shared by the agreements' tests: the seeded volets and a valid input to vary.

let n = 0

/** The id of a seeded volet (PAC 2, PASI AQ…). */
export async function voletIdOf(ctx: Ctx, programCode: string, code: string): Promise<string> {
  const [row] = await ctx.db
    .select({ id: programVolets.id })
    .from(programVolets)
    .where(and(eq(programVolets.programCode, programCode), eq(programVolets.code, code)))
  return row!.id
}

/** A valid PAC volet 2 agreement over fiscal years 2020 and 2021 for an organization, 100 000 $ in all. */
export async function validInput(ctx: Ctx, organizationId: string, overrides: Partial<AgreementInput> = {}) {
  n++
  const input: AgreementInput = {
    organizationId,
    programCode: 'PAC',
    voletId: await voletIdOf(ctx, 'PAC', '2'),
    reference: `PAC-T-${n}-${Math.random().toString(36).slice(2, 7)}`,
    title: 'Accueil et intégration',
    objectives: 'Accueillir les personnes immigrantes.',
    mrcCodes: [],
    startOn: '2020-04-01',
    endOn: '2022-03-31',
    amounts: [
      { fiscalYear: 2020, amountCents: 5_000_000 },
      { fiscalYear: 2021, amountCents: 5_000_000 },
    ],
    ...overrides,
  }
  return input
}
