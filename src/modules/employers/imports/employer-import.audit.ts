import type { AuditVocabulary } from '../../access/index.js'

/**
 * What the audit journal calls this feature's actions and records: none of its own. An import is journaled as
 * `import.completed` by the access module's import runner (with the entity and the row count) and each row by its use
 * case (`enterprise.created`, `labour_need.created`).
 */
export const employerImportAuditLabels: AuditVocabulary = { actions: {}, entities: {} }
