import type { ImportColumn, ImportSpec } from '../../access/index.js'
import { camel, importColumn as col, rowInput } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { enterpriseInput } from '../enterprises/enterprise.contracts.js'
import { sizeBands } from '../enterprises/enterprise.schema.js'
import { createEnterprise, enterpriseDuplicatesOf } from '../enterprises/enterprise.service.js'
import { similarEnterprises } from './employer-import.messages.js'

/** The CSV columns of an enterprises file, documented on the import page and in the README. */
export const enterpriseColumns: readonly ImportColumn[] = [
  col('legal_name', true, 'Nom légal de l’entreprise', 'Legal name of the enterprise'),
  col(
    'neq',
    false,
    'Numéro d’entreprise du Québec (10 chiffres), unique',
    'Québec enterprise number (10 digits), unique',
  ),
  col('scian_code', true, 'Secteur SCIAN 2022 (ex. 11, 31-33, 72)', 'SCIAN 2022 (NAICS) sector (e.g. 11, 31-33, 72)'),
  col('size_band', false, `Nombre d’employés : ${sizeBands.join(', ')}`, `Employees: ${sizeBands.join(', ')}`),
  col('street_address', false, 'Adresse', 'Street address'),
  col('city', true, 'Municipalité', 'Municipality'),
  col('postal_code', false, 'Code postal (ex. G4X 2R1)', 'Postal code (e.g. G4X 2R1)'),
  col('mrc_code', false, 'MRC (code géographique, de la région)', 'RCM (geographic code, of the region)'),
  col('region_code', true, 'Région (01 à 17)', 'Region (01 to 17)'),
  col('phone', false, 'Téléphone', 'Phone'),
  col('email', false, 'Courriel', 'Email'),
  col('website', false, 'Site Web (https://…)', 'Website (https://…)'),
  col('notes', false, 'Notes (2 000 caractères au plus)', 'Notes (2,000 characters at most)'),
  col(
    'confirmed_not_duplicate',
    false,
    'true : l’entreprise n’est pas celle de nom semblable déjà enregistrée dans la municipalité',
    'true: the enterprise is not the one of a similar name already recorded in the municipality',
  ),
]

/** A similar name in the municipality is reported on its row with the enterprises it may be (those the importer sees). */
function withSimilarNames(error: unknown): never {
  const duplicates = enterpriseDuplicatesOf(error)
  if (!duplicates || duplicates.sameNeq || duplicates.candidates.length === 0) throw error
  throw invalidInput({ confirmedNotDuplicate: similarEnterprises(duplicates.candidates.map((c) => c.legalName)) })
}

/**
 * Enterprises from a CSV file, each through `createEnterprise` (the same checks as the form: NEQ of 10 digits and not
 * another enterprise's, including an earlier row of the file; a similar name in the municipality unless confirmed;
 * SCIAN sector, region in the importer's scope, MRC of the region); all or nothing.
 */
export const enterpriseImport: ImportSpec<typeof enterpriseInput, undefined> = {
  entity: 'enterprises',
  columns: enterpriseColumns,
  columnOf: Object.fromEntries(enterpriseColumns.map((c) => [camel(c.name), c.name])),
  toInput: (row) => rowInput(row),
  schema: enterpriseInput,
  prepare: async () => undefined,
  save: (ctx, input) => createEnterprise(ctx, input).catch(withSimilarNames),
}
