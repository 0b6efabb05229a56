import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const publicationAuditLabels: AuditVocabulary = { actions: {}, entities: {} }
