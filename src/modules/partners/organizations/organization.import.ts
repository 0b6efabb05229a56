import type { ImportColumn, ImportSpec } from '../../access/index.js'
import { camel, importColumn as col, rowInput } from '../../access/index.js'
import { organizationInput } from './organization.contracts.js'
import { organizationKinds, serviceCategories } from './organization.schema.js'
import { createOrganization } from './organization.service.js'

// Several values in one cell are separated by "|" (or ";" inside a quoted cell, see `rowInput`).
const listColumns = ['services', 'languages', 'served_region_codes', 'served_mrc_codes']

/** The CSV columns of an organizations file, documented on the import page. */
export const organizationColumns: readonly ImportColumn[] = [
  col('name', true, 'Nom de l’organisme', 'Name of the organization'),
  col('kind', true, `Type : ${organizationKinds.join(', ')}`, `Kind: ${organizationKinds.join(', ')}`),
  col('region_code', true, 'Région de l’organisme (01 à 17)', 'Region of the organization (01 to 17)'),
  col('description', false, 'Description (2 000 caractères au plus)', 'Description (2,000 characters at most)'),
  col('street_address', false, 'Adresse', 'Street address'),
  col('city', false, 'Municipalité', 'Municipality'),
  col('postal_code', false, 'Code postal (ex. G4X 1A1)', 'Postal code (e.g. G4X 1A1)'),
  col('website', false, 'Site Web (https://…)', 'Website (https://…)'),
  col('email', false, 'Courriel', 'Email'),
  col('phone', false, 'Téléphone', 'Phone'),
  col(
    'services',
    false,
    `Services offerts, séparés par | : ${serviceCategories.join(', ')}`,
    `Services offered, separated by |: ${serviceCategories.join(', ')}`,
  ),
  col('languages', false, 'Langues de service (ISO 639-1, séparées par |)', 'Languages of service (ISO 639-1, by |)'),
  col(
    'served_region_codes',
    false,
    'Autres régions desservies (01 à 17, séparées par |)',
    'Other regions served (01 to 17, separated by |)',
  ),
  col(
    'served_mrc_codes',
    false,
    'MRC desservies (codes géographiques, séparés par |), de la région ou des régions desservies',
    'RCMs served (geographic codes, separated by |), of the region or the regions served',
  ),
  col('listed_publicly', false, 'true (par défaut) ou false', 'true (the default) or false'),
]

/**
 * Organizations from a CSV file, each through `createOrganization` (the same checks as the form: kind, region in the
 * importer's scope, MRCs of the regions served, http(s) website, unique name in the region); all or nothing.
 */
export const organizationImport: ImportSpec<typeof organizationInput, undefined> = {
  entity: 'organizations',
  columns: organizationColumns,
  columnOf: Object.fromEntries(organizationColumns.map((c) => [camel(c.name), c.name])),
  toInput: (row) => rowInput(row, listColumns),
  schema: organizationInput,
  prepare: async () => undefined,
  save: (ctx, input) => createOrganization(ctx, input),
}
