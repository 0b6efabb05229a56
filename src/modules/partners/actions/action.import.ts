import type { Ctx, ImportColumn, ImportSpec } from '../../access/index.js'
import { importColumn as col } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { actionImportRow } from './action.contracts.js'
import { findAgreementsByReference } from './action.queries.js'
import { assertCanManageActions, createAction } from './action.service.js'

/** The columns of an actions CSV file, documented on the upload page and in the README. */
export const actionColumns: readonly ImportColumn[] = [
  col('agreement_reference', true, 'Numéro de l’entente (ex. PAC-2020-011)', 'Agreement reference (e.g. PAC-2020-011)'),
  col('kind', true, 'Code du type d’action (ex. intercultural_meals)', 'Action kind code (e.g. intercultural_meals)'),
  col('title', true, 'Titre', 'Title'),
  col('description', false, 'Description', 'Description'),
  col('start_on', true, 'Date de début (AAAA-MM-JJ)', 'Start date (YYYY-MM-DD)'),
  col('end_on', true, 'Date de fin (AAAA-MM-JJ)', 'End date (YYYY-MM-DD)'),
  col('municipality', false, 'Municipalité', 'Municipality'),
  col('mrc_code', false, 'Code de la MRC (de la région de l’entente)', 'MRC code (of the agreement’s region)'),
  col('immigrant_participants', false, 'Participants immigrants (entier)', 'Immigrant participants (whole number)'),
  col('total_participants', false, 'Participants au total (entier)', 'Total participants (whole number)'),
  col('partners_involved', false, 'Partenaires associés', 'Partners involved'),
]

const columnOf: Record<string, string> = {
  agreementReference: 'agreement_reference',
  agreementId: 'agreement_reference',
  kindCode: 'kind',
  title: 'title',
  description: 'description',
  startOn: 'start_on',
  endOn: 'end_on',
  municipality: 'municipality',
  mrcCode: 'mrc_code',
  immigrantParticipants: 'immigrant_participants',
  totalParticipants: 'total_participants',
  partnersInvolved: 'partners_involved',
}

const fieldOf = Object.fromEntries(
  Object.entries(columnOf)
    .filter(([field]) => field !== 'agreementId')
    .map(([field, column]) => [column, field]),
)

const unknownAgreement = {
  agreementReference: {
    fr: 'Aucune entente de votre portée ne porte ce numéro.',
    en: 'No agreement within your scope has this reference.',
  },
}

/** Agreement references (lower case) → ids, of the caller's regions, read once per import. */
type AgreementRefs = Map<string, string>

async function agreementRefs(ctx: Ctx): Promise<AgreementRefs> {
  assertCanManageActions(ctx)
  return findAgreementsByReference(ctx.db, ctx.scope.regionCodes)
}

/** Local actions from CSV, each through `createAction` (same checks as the form), all or nothing. */
export const actionImport: ImportSpec<typeof actionImportRow, AgreementRefs> = {
  entity: 'actions',
  columns: actionColumns,
  columnOf,
  toInput: (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [fieldOf[k] ?? k, v])),
  schema: actionImportRow,
  prepare: agreementRefs,
  save: async (ctx, { agreementReference, ...input }, refs) => {
    const agreementId = refs.get(agreementReference.toLowerCase())
    if (!agreementId) throw invalidInput(unknownAgreement)
    return createAction(ctx, { ...input, agreementId })
  },
}
