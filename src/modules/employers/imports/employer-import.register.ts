import type { FastifyInstance } from 'fastify'
import { importEntity, type ModuleDeps, registerImportPage } from '../../access/index.js'
import { employerImportText as m } from './employer-import.messages.js'
import { enterpriseImport } from './enterprise.import.js'
import { labourNeedImport } from './labour-need.import.js'

/** Where the employers import page lives (the staff app's navigation links it). */
export const EMPLOYER_IMPORT_PAGE = '/app/admin/import-entreprises'

/**
 * The employers import page (admins, `employers.import`): enterprises, then labour needs naming them by NEQ, each file
 * all-or-nothing with the report of every bad row.
 */
export async function registerEmployerImports(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  // Awaited by the module's plugin: the page registers its own plugin (its multipart scope) and waits for it to load.
  await registerImportPage(app, deps, {
    path: EMPLOYER_IMPORT_PAGE,
    permission: 'employers.import',
    title: m.title,
    entities: {
      enterprises: importEntity(m.enterprises, enterpriseImport),
      'labour-needs': importEntity(m.labourNeeds, labourNeedImport),
    },
  })
}
