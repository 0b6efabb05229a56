import { isActiveOn } from '../../../platform/validity.js'
import type { CatalogueNeedOutput, DossierNeedOutput } from './need.contracts.js'
import type { AssessedNeedRow, CatalogueRow } from './need.queries.js'

export function presentCatalogueNeed(row: CatalogueRow, today: string): CatalogueNeedOutput {
  return {
    code: row.code,
    volet: row.volet,
    labelFr: row.labelFr,
    labelEn: row.labelEn,
    sortOrder: row.sortOrder,
    validFrom: row.validFrom,
    validTo: row.validTo,
    active: isActiveOn(row, today),
  }
}

export function presentDossierNeed(row: AssessedNeedRow): DossierNeedOutput {
  return {
    id: row.id,
    dossierId: row.dossierId,
    code: row.needCode,
    volet: row.need.volet,
    labelFr: row.need.labelFr,
    labelEn: row.need.labelEn,
    priority: row.priority,
    status: row.status,
    notes: row.notes,
    assessedOn: row.assessedOn,
    assessedBy: row.assessedBy,
  }
}
