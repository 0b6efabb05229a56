import { z } from 'zod'
import { camel, importColumn as col } from '../../access/index.js'
import type { Ctx, ImportColumn, ImportSpec } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { isoDate } from '../../../platform/validation.js'
import { type AgreementChoices, loadAgreementChoices } from './agreement-choices.js'
import { parseDollars } from '../../../platform/money.js'
import { createAgreement } from './agreement.service.js'
import { changeAgreementStatus } from './agreement-changes.service.js'
import type { TargetStatus } from './agreement-lifecycle.js'
import { agreementStatuses } from './agreement.schema.js'

/** The columns of an agreements file (one agreement per row; `amounts` holds every fiscal year's amount). */
export const agreementColumns: readonly ImportColumn[] = [
  col('reference', true, 'Numéro de référence, unique.', 'Reference number, unique.'),
  col(
    'organization',
    true,
    'Nom exact ou identifiant de l’organisme (dans vos régions).',
    'Exact name or id of the organization (in your regions).',
  ),
  col('program', true, 'Code du programme (PAC, PASI…).', 'Program code (PAC, PASI…).'),
  col(
    'volet',
    true,
    'Code du volet dans le programme (1, 2, AQ, PP…).',
    'Component code within the program (1, 2, AQ, PP…).',
  ),
  col('title', true, 'Titre de l’entente.', 'Title of the agreement.'),
  col('objectives', false, 'Objectifs.', 'Objectives.'),
  col(
    'mrc_codes',
    false,
    'Codes des MRC visées, séparés par « | » (vide : toute la région).',
    'Codes of the RCMs covered, separated by "|" (empty: the whole region).',
  ),
  col('start_on', true, 'Date de début (AAAA-MM-JJ).', 'Start date (YYYY-MM-DD).'),
  col(
    'end_on',
    true,
    'Date de fin (AAAA-MM-JJ), au plus trois années financières.',
    'End date (YYYY-MM-DD), at most three fiscal years.',
  ),
  col(
    'amounts',
    true,
    'Montant de chaque année financière en dollars, « année:montant » séparés par « | » : 2019:50000|2020:50000.00 (l’année 2019 va du 1er avril 2019 au 31 mars 2020).',
    'Amount of each fiscal year in dollars, "year:amount" separated by "|": 2019:50000|2020:50000.00 (year 2019 runs from April 1, 2019 to March 31, 2020).',
  ),
  col(
    'status',
    false,
    'preparation (par défaut), signed, in_progress, completed ou terminated.',
    'preparation (default), signed, in_progress, completed or terminated.',
  ),
  col(
    'signed_on',
    false,
    'Date de signature, obligatoire sauf en préparation.',
    'Signature date, required unless in preparation.',
  ),
  col(
    'started_on',
    false,
    'Début des activités (en cours et après ; par défaut la signature ou le début, le plus tardif).',
    'Activities started (in progress and later; default: the later of signature and start).',
  ),
  col(
    'completed_on',
    false,
    'Date de fin constatée (terminée ; par défaut la date de fin).',
    'Completed on (completed; default: the end date).',
  ),
  col('terminated_on', false, 'Date de résiliation (résiliée).', 'Terminated on (terminated).'),
  col('termination_reason', false, 'Motif de résiliation (résiliée).', 'Reason for termination (terminated).'),
  col(
    'funds_referrals',
    false,
    'true si l’entente finance des références (PASI).',
    'true if the agreement funds referrals (PASI).',
  ),
]

const amountsColumn = z.string().transform((text, ctx) => {
  const parts = text.split('|').map((p) => p.trim().split(':'))
  const amounts = parts.map(([year, dollars]) => ({
    fiscalYear: Number(year),
    amountCents: parseDollars(dollars ?? '') ?? Number.NaN,
  }))
  if (
    amounts.some(
      (a) =>
        !Number.isInteger(a.fiscalYear) || a.fiscalYear < 1990 || a.fiscalYear > 2199 || Number.isNaN(a.amountCents),
    )
  ) {
    ctx.addIssue({
      code: 'custom',
      params: {
        fr: 'Montants invalides (ex. 2019:50000|2020:50000).',
        en: 'Invalid amounts (e.g. 2019:50000|2020:50000).',
      },
    })
    return z.NEVER
  }
  return amounts
})

const agreementRow = z
  .object({
    reference: z.string().max(50),
    organization: z.string().max(300),
    program: z.string().max(20),
    volet: z.string().max(20),
    title: z.string().max(300),
    objectives: z.string().max(5000).optional(),
    mrcCodes: z.string().max(500).optional(),
    startOn: isoDate(),
    endOn: isoDate(),
    amounts: amountsColumn,
    status: z.enum(agreementStatuses).default('preparation'),
    signedOn: isoDate().optional(),
    startedOn: isoDate().optional(),
    completedOn: isoDate().optional(),
    terminatedOn: isoDate().optional(),
    terminationReason: z.string().max(2000).optional(),
    fundsReferrals: z.enum(['true', 'false']).optional(),
  })
  .refine((r) => r.status === 'preparation' || r.signedOn, {
    path: ['signedOn'],
    params: {
      fr: 'Date de signature obligatoire pour une entente signée.',
      en: 'Signature date required for a signed agreement.',
    },
  })
type AgreementRowInput = z.output<typeof agreementRow>

function organizationIdOf(choices: AgreementChoices, nameOrId: string): string {
  const found = choices.organizations.filter(
    (o) => o.id === nameOrId || o.name.toLowerCase() === nameOrId.toLowerCase(),
  )
  if (found.length !== 1)
    throw invalidInput({
      organization: found.length
        ? {
            fr: 'Plusieurs organismes portent ce nom : donnez l’identifiant.',
            en: 'Several organizations have this name: give the id.',
          }
        : { fr: 'Organisme inconnu dans vos régions.', en: 'Unknown organization in your regions.' },
    })
  return found[0]!.id
}

function voletIdOf(
  choices: AgreementChoices,
  program: string,
  volet: string,
): { programCode: string; voletId: string } {
  const p = choices.programs.find((x) => x.code.toLowerCase() === program.toLowerCase())
  if (!p) throw invalidInput({ program: { fr: 'Programme inconnu.', en: 'Unknown program.' } })
  const v = p.volets.find((x) => x.code.toLowerCase() === volet.toLowerCase())
  if (!v)
    throw invalidInput({ volet: { fr: 'Volet inconnu dans ce programme.', en: 'Unknown component in this program.' } })
  return { programCode: p.code, voletId: v.id }
}

/** The steps from signature to the row's status, each with its date. */
function stepsOf(r: AgreementRowInput): { to: TargetStatus; on: string; reason?: string }[] {
  const steps: { to: TargetStatus; on: string; reason?: string }[] = []
  if (r.status === 'preparation') return steps
  steps.push({ to: 'signed', on: r.signedOn! })
  const started = r.startedOn ?? [r.signedOn!, r.startOn].sort().at(-1)!
  if (r.status === 'in_progress' || r.status === 'completed' || (r.status === 'terminated' && r.startedOn))
    steps.push({ to: 'in_progress', on: started })
  if (r.status === 'completed') steps.push({ to: 'completed', on: r.completedOn ?? r.endOn })
  if (r.status === 'terminated') steps.push({ to: 'terminated', on: r.terminatedOn ?? '', reason: r.terminationReason })
  return steps
}

async function saveRow(ctx: Ctx, r: AgreementRowInput, choices: AgreementChoices): Promise<void> {
  const created = await createAgreement(ctx, {
    organizationId: organizationIdOf(choices, r.organization),
    ...voletIdOf(choices, r.program, r.volet),
    reference: r.reference,
    title: r.title,
    objectives: r.objectives,
    mrcCodes: r.mrcCodes ? r.mrcCodes.split('|').map((c) => c.trim()) : [],
    startOn: r.startOn,
    endOn: r.endOn,
    amounts: r.amounts,
    fundsReferrals: r.fundsReferrals === 'true',
  })
  for (const step of stepsOf(r)) await changeAgreementStatus(ctx, created.id, step)
}

/** Agreements from CSV: every row created through the use case (and moved to its status), all or nothing. */
export const agreementImport: ImportSpec<typeof agreementRow, AgreementChoices> = {
  entity: 'agreements',
  columns: agreementColumns,
  columnOf: Object.fromEntries(agreementColumns.map((c) => [camel(c.name), c.name])),
  toInput: (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])),
  schema: agreementRow,
  prepare: (ctx) => loadAgreementChoices(ctx, false),
  save: (ctx, input, choices) => saveRow(ctx, input, choices),
}
