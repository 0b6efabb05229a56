import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const candidateAuditLabels: AuditVocabulary = {
  actions: {
    'candidate_profile.viewed': { fr: 'Consultation d’un profil de candidat', en: 'Candidate profile viewed' },
    'candidate_profile.created': { fr: 'Création d’un profil de candidat', en: 'Candidate profile created' },
    'candidate_profile.updated': { fr: 'Modification d’un profil de candidat', en: 'Candidate profile changed' },
    'candidate_profile.closed': { fr: 'Fermeture d’un profil de candidat', en: 'Candidate profile closed' },
    'candidate_profile.reopened': { fr: 'Réouverture d’un profil de candidat', en: 'Candidate profile reopened' },
  },
  entities: { candidate_profile: { fr: 'Profil de candidat', en: 'Candidate profile' } },
}
