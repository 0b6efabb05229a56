import { z } from 'zod'
import type { Ctx, ImportColumn, ImportSpec } from '../../access/index.js'
import { camel, importColumn as col, rowInput } from '../../access/index.js'
import { AppError, invalidInput } from '../../../platform/errors.js'
import { enterpriseInput } from '../enterprises/enterprise.contracts.js'
import { labourNeedShape, wageUnitMissing } from '../needs/labour-need.contracts.js'
import { employmentTypes, labourNeedStatuses } from '../needs/labour-need.schema.js'
import { createLabourNeed } from '../needs/labour-need.service.js'
import { employerImportText as m } from './employer-import.messages.js'
import { enterpriseIdsByNeq } from './employer-import.queries.js'

/** The CSV columns of a labour needs file, documented on the import page and in the README. */
export const labourNeedColumns: readonly ImportColumn[] = [
  col(
    'enterprise_neq',
    true,
    'NEQ de l’entreprise (10 chiffres), déjà enregistrée',
    'NEQ of the enterprise (10 digits), already recorded',
  ),
  col('title', true, 'Titre du poste', 'Position title'),
  col('cnp_code', true, 'Code CNP 2021 du groupe de base (5 chiffres)', 'CNP 2021 unit group code (5 digits)'),
  col('positions', true, 'Nombre de postes (1 ou plus)', 'Number of positions (1 or more)'),
  col(
    'employment_type',
    true,
    `Type d’emploi : ${employmentTypes.join(', ')}`,
    `Employment type: ${employmentTypes.join(', ')}`,
  ),
  col(
    'french_level',
    false,
    'Niveau de français requis (échelle québécoise, 1 à 12)',
    'French level required (Québec scale, 1 to 12)',
  ),
  col(
    'other_languages',
    false,
    'Autres langues requises (ISO 639-1, séparées par |)',
    'Other languages required (ISO 639-1, by |)',
  ),
  col('experience_years', false, 'Années d’expérience requises (0 à 60)', 'Years of experience required (0 to 60)'),
  col(
    'regulated_profession',
    false,
    'Profession réglementée : true ou false (par défaut)',
    'Regulated profession: true or false (the default)',
  ),
  col('credential_required', false, 'Titre ou permis requis', 'Credential or licence required'),
  col('wage', false, 'Salaire en dollars (ex. 22,50 ou 48 000)', 'Wage in dollars (e.g. 22.50 or 48,000)'),
  col(
    'wage_unit',
    false,
    'Unité du salaire : hour ou year (requise avec un salaire)',
    'Wage unit: hour or year (required with a wage)',
  ),
  col(
    'city',
    false,
    'Municipalité du poste (par défaut celle de l’entreprise)',
    'Municipality of the position (the enterprise’s by default)',
  ),
  col(
    'mrc_code',
    false,
    'MRC du poste (code géographique, de la région de l’entreprise)',
    'RCM of the position (geographic code, of the enterprise’s region)',
  ),
  col('start_on', false, 'Date d’entrée en poste (AAAA-MM-JJ)', 'Start date (YYYY-MM-DD)'),
  col(
    'status',
    false,
    `Statut : ${labourNeedStatuses.join(', ')} (open par défaut)`,
    `Status: ${labourNeedStatuses.join(', ')} (open by default)`,
  ),
  col('description', false, 'Description (4 000 caractères au plus)', 'Description (4,000 characters at most)'),
]

/** The enterprise's NEQ as the enterprise form takes it (10 digits, spaces dropped), here required. */
const neq = enterpriseInput.shape.neq.unwrap().unwrap()

const { enterpriseId: _named, ...needFields } = labourNeedShape

/** A row of the file: the need's own fields, its enterprise named by NEQ rather than by id. */
export const labourNeedImportRow = z
  .object({ enterpriseNeq: neq, ...needFields })
  .refine((v) => v.wage == null || v.wageUnit != null, { path: ['wageUnit'], params: wageUnitMissing })

/** An enterprise the caller may not reach is reported as unknown, on the NEQ column (its existence stays private). */
function unknownEnterprise(error: unknown): never {
  if (error instanceof AppError && error.kind === 'not_found') throw invalidInput({ enterpriseNeq: m.unknownNeq })
  throw error
}

/**
 * Labour needs from a CSV file, each through `createLabourNeed` (the same checks as the form: CNP code, MRC of the
 * enterprise's region, wage and its unit, the enterprise in the importer's scope); all or nothing.
 */
export const labourNeedImport: ImportSpec<typeof labourNeedImportRow, Map<string, string>> = {
  entity: 'labour-needs',
  columns: labourNeedColumns,
  columnOf: Object.fromEntries(labourNeedColumns.map((c) => [camel(c.name), c.name])),
  // Other languages: several in one cell, separated by "|".
  toInput: (row) => rowInput(row, ['other_languages']),
  schema: labourNeedImportRow,
  prepare: (ctx: Ctx) => enterpriseIdsByNeq(ctx.db),
  save: async (ctx, { enterpriseNeq, ...input }, ids) => {
    const enterpriseId = ids.get(enterpriseNeq)
    if (!enterpriseId) throw invalidInput({ enterpriseNeq: m.unknownNeq })
    return createLabourNeed(ctx, { ...input, enterpriseId }).catch(unknownEnterprise)
  },
}
