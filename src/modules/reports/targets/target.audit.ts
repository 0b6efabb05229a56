import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const targetAuditLabels: AuditVocabulary = { actions: {}, entities: {} }
