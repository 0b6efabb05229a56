import type { FastifyInstance } from 'fastify'
import { importEntity, type ModuleDeps } from '../access/index.js'
import { registerImportPage } from '../access/index.js'
import type { Localized } from '../../platform/errors.js'
import { actionImport } from './actions/action.import.js'
import { agreementImport } from './agreements/agreement.import.js'
import { organizationImport } from './organizations/organization.import.js'

export const PARTNER_IMPORT_PAGE = '/app/partenaires/importer'

const m = {
  title: { fr: 'Importer des organismes, ententes et actions', en: 'Import organizations, agreements and actions' },
  organizations: { fr: 'Organismes', en: 'Organizations' },
  agreements: { fr: 'Ententes', en: 'Agreements' },
  actions: { fr: 'Actions locales', en: 'Local actions' },
} satisfies Record<string, Localized>

/**
 * The partners import page (directors and admins, `partners.manage`): organizations, then agreements naming them,
 * then local actions naming the agreements, each file all-or-nothing with the report of every bad row.
 */
export async function registerPartnerImportPage(root: FastifyInstance, deps: ModuleDeps): Promise<void> {
  await registerImportPage(root, deps, {
    path: PARTNER_IMPORT_PAGE,
    permission: 'partners.manage',
    title: m.title,
    entities: {
      organizations: importEntity(m.organizations, organizationImport),
      agreements: importEntity(m.agreements, agreementImport),
      actions: importEntity(m.actions, actionImport),
    },
  })
}
