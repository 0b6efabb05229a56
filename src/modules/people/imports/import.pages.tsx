import type { FastifyInstance } from 'fastify'
import { type ImportPageEntity, type ModuleDeps, registerImportPage } from '../../access/index.js'
import { importEntityLabels, importTitle } from './import.messages.js'
import { type ImportEntity, importEntities, importSpecs } from './import.specs.js'
import { importFile } from './import.service.js'

export const IMPORT_PAGE = '/app/admin/import'

/** An entity of the page: imported through the people module's own use case (which checks `people.import`). */
function entity(key: ImportEntity): ImportPageEntity {
  return {
    label: importEntityLabels[key]!,
    columns: importSpecs[key].columns,
    run: (ctx, text) => importFile(ctx, key, text),
  }
}

/** The people import page (admins): persons, dossiers and interventions from CSV, all-or-nothing with a report. */
export async function registerImportPages(root: FastifyInstance, deps: ModuleDeps): Promise<void> {
  await registerImportPage(root, deps, {
    path: IMPORT_PAGE,
    permission: 'people.import',
    title: importTitle,
    entities: Object.fromEntries(importEntities.map((key) => [key, entity(key)])),
  })
}
