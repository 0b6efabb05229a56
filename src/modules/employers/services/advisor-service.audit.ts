import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const advisorServiceAuditLabels: AuditVocabulary = {
  actions: {
    'advisor_service.recorded': { fr: 'Service à une entreprise inscrit', en: 'Service to an enterprise recorded' },
    'advisor_service.updated': { fr: 'Service à une entreprise modifié', en: 'Service to an enterprise changed' },
    'advisor_service.follow_up_done': {
      fr: 'Suivi d’un service à une entreprise fait',
      en: 'Follow-up of a service to an enterprise done',
    },
  },
  entities: { advisor_service: { fr: 'Service à une entreprise', en: 'Service to an enterprise' } },
}
