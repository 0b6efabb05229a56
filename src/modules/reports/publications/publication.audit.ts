import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const publicationAuditLabels: AuditVocabulary = {
  actions: {
    'bilan_narrative.updated': { fr: 'Modification du texte d’un bilan', en: 'Bilan narrative changed' },
    'bilan.published': { fr: 'Publication d’un bilan', en: 'Bilan published' },
  },
  entities: {
    bilan_narrative: { fr: 'Texte d’un bilan', en: 'Bilan narrative' },
    bilan_publication: { fr: 'Bilan publié', en: 'Published Bilan' },
  },
}
