import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records (the records are the needs' and candidates'). */
export const matchingAuditLabels: AuditVocabulary = {
  actions: {
    'labour_need.matches_viewed': {
      fr: 'Consultation des candidats classés pour un besoin',
      en: 'Ranked candidates of a labour need viewed',
    },
    'candidate_profile.matches_viewed': {
      fr: 'Consultation des offres classées pour un candidat',
      en: 'Ranked offers of a candidate viewed',
    },
  },
  entities: {},
}
