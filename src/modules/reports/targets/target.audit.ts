import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const targetAuditLabels: AuditVocabulary = {
  actions: {
    'target.updated': { fr: 'Modification des cibles du plan d’action', en: 'Action plan targets changed' },
  },
  entities: {
    target: { fr: 'Cibles du plan d’action', en: 'Action plan targets' },
  },
}
