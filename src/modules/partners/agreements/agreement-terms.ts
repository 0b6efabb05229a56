import type { Ctx } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { invalidInput, type Localized } from '../../../platform/errors.js'
import { isActiveOn } from '../../../platform/validity.js'
import { formatMoney } from '../../../platform/views/i18n.js'
import { findProgram, findVolet } from '../programs/program.queries.js'
import type { YearAmount } from './agreement.contracts.js'
import { fiscalYearLabel, fiscalYearsOf } from './fiscal-years.js'

// The checks an agreement's terms pass whenever they are set: at creation, in preparation, and by an amendment.

/** Agreements run over at most three Québec fiscal years (the ministry's rule for PAC and PASI). */
export const MAX_FISCAL_YEARS = 3

type Period = { startOn: string; endOn: string }

/** Problems of a period and its yearly amounts: each fiscal year of the period exactly once, none outside. */
export function amountProblems(period: Period, amounts: readonly YearAmount[], totalCents?: number) {
  const problems: Record<string, Localized> = {}
  const years = fiscalYearsOf(period.startOn, period.endOn)
  if (period.endOn < period.startOn)
    problems.endOn = {
      fr: 'La date de fin ne peut pas précéder la date de début.',
      en: 'The end date cannot precede the start date.',
    }
  else if (years.length > MAX_FISCAL_YEARS)
    problems.endOn = {
      fr: `Une entente couvre au plus ${MAX_FISCAL_YEARS} années financières (1er avril au 31 mars) ; celle-ci en couvre ${years.length}.`,
      en: `An agreement covers at most ${MAX_FISCAL_YEARS} fiscal years (April 1 to March 31); this one covers ${years.length}.`,
    }
  const given = amounts.map((a) => a.fiscalYear).sort((a, b) => a - b)
  if (!problems.endOn && given.join() !== years.join()) {
    const expected = years.map(fiscalYearLabel).join(', ')
    problems.amounts = {
      fr: `Donnez un montant pour chaque année financière de la période, et seulement celles-là : ${expected}.`,
      en: `Give one amount for each fiscal year of the period, and only those: ${expected}.`,
    }
  }
  const sum = amounts.reduce((s, a) => s + a.amountCents, 0)
  if (totalCents !== undefined && totalCents !== sum)
    problems.totalCents = {
      fr: `Les montants annuels totalisent ${formatMoney(sum, 'fr')}\u00a0; le montant total indiqué est ${formatMoney(totalCents, 'fr')}.`,
      en: `The yearly amounts add up to ${formatMoney(sum, 'en')}, but the total given is ${formatMoney(totalCents, 'en')}.`,
    }
  return problems
}

/** Throws `invalid` with every problem of the period and amounts. */
export function checkAmounts(period: Period, amounts: readonly YearAmount[], totalCents?: number): void {
  const problems = amountProblems(period, amounts, totalCents)
  if (Object.keys(problems).length > 0) throw invalidInput(problems)
}

/** The program and the volet must be in force on the start date, and the volet must be one of the program's. */
export async function checkProgramAndVolet(ctx: Ctx, programCode: string, voletId: string, startOn: string) {
  const program = await findProgram(ctx.db, programCode)
  if (!program) throw invalidInput({ programCode: { fr: 'Programme inconnu.', en: 'Unknown program.' } })
  if (!isActiveOn(program, startOn))
    throw invalidInput({
      programCode: {
        fr: 'Ce programme n’est pas en vigueur à la date de début.',
        en: 'This program is not in force on the start date.',
      },
    })
  const volet = await findVolet(ctx.db, voletId)
  if (!volet || volet.programCode !== program.code)
    throw invalidInput({
      voletId: { fr: 'Ce volet n’est pas un volet du programme.', en: 'This component is not one of the program’s.' },
    })
  if (!isActiveOn(volet, startOn))
    throw invalidInput({
      voletId: {
        fr: 'Ce volet n’est pas en vigueur à la date de début.',
        en: 'This component is not in force on the start date.',
      },
    })
}

/** Every MRC named must be one of the region's (empty means the whole region). */
export async function checkMrcs(ctx: Ctx, regionCode: string, mrcCodes: readonly string[]): Promise<void> {
  if (mrcCodes.length === 0) return
  const known = new Set((await listMrcsOfRegionsOrThrow(ctx, [regionCode])).map((m) => m.code))
  if (mrcCodes.some((c) => !known.has(c)))
    throw invalidInput({
      mrcCodes: {
        fr: 'Choisissez des MRC de la région de l’organisme.',
        en: 'Choose RCMs of the organization’s region.',
      },
    })
}
