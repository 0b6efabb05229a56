import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const labourNeedAuditLabels: AuditVocabulary = {
  actions: {
    'labour_need.created': { fr: 'Besoin de main-d’œuvre créé', en: 'Labour need created' },
    'labour_need.updated': { fr: 'Besoin de main-d’œuvre modifié', en: 'Labour need updated' },
    'labour_need.status_changed': { fr: 'État d’un besoin de main-d’œuvre changé', en: 'Labour need status changed' },
  },
  entities: { labour_need: { fr: 'Besoin de main-d’œuvre', en: 'Labour need' } },
}
