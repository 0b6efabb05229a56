import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const employerRequestAuditLabels: AuditVocabulary = {
  actions: {
    'employer_request.received': { fr: 'Réception d’une demande d’entreprise', en: 'Employer request received' },
    'employer_request.viewed': { fr: 'Consultation d’une demande d’entreprise', en: 'Employer request viewed' },
    'employer_request.rejected': { fr: 'Rejet d’une demande d’entreprise', en: 'Employer request rejected' },
    'employer_request.converted': {
      fr: 'Demande d’entreprise convertie en fiche d’entreprise',
      en: 'Employer request turned into an enterprise record',
    },
  },
  entities: { employer_request: { fr: 'Demande d’entreprise', en: 'Employer request' } },
}
