import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const proposalAuditLabels: AuditVocabulary = {
  actions: {
    'proposal.created': { fr: 'Candidat proposé à une entreprise', en: 'Candidate proposed to an enterprise' },
    'proposal.viewed': { fr: 'Proposition consultée', en: 'Proposal viewed' },
    'proposal.interview': { fr: 'Entrevue prévue', en: 'Interview scheduled' },
    'proposal.hired': { fr: 'Embauche enregistrée', en: 'Hire recorded' },
    'proposal.declined': { fr: 'Refus de l’entreprise', en: 'Declined by the enterprise' },
    'proposal.reverted': { fr: 'Réponse annulée', en: 'Answer taken back' },
    'placement.created': { fr: 'Embauche créée', en: 'Placement created' },
    'placement.removed': { fr: 'Embauche retirée', en: 'Placement removed' },
    'placement.viewed': { fr: 'Embauche consultée', en: 'Placement viewed' },
  },
  entities: {
    proposal: { fr: 'Proposition', en: 'Proposal' },
    placement: { fr: 'Embauche', en: 'Placement' },
  },
}
