import type { AuditVocabulary } from '../../access/index.js'

/** What the audit journal calls this feature's actions and records. */
export const enterpriseAuditLabels: AuditVocabulary = {
  actions: {
    'enterprise.created': { fr: 'Entreprise créée', en: 'Enterprise created' },
    'enterprise.updated': { fr: 'Entreprise modifiée', en: 'Enterprise updated' },
    'enterprise.viewed': {
      fr: 'Fiche d’entreprise consultée (personnes-ressources)',
      en: 'Enterprise viewed (contacts)',
    },
    'enterprise_contact.added': { fr: 'Personne-ressource ajoutée', en: 'Contact added' },
    'enterprise_contact.updated': { fr: 'Personne-ressource modifiée', en: 'Contact updated' },
    'enterprise_contact.removed': { fr: 'Personne-ressource retirée', en: 'Contact removed' },
    'enterprise_contact.viewed': { fr: 'Personne-ressource consultée', en: 'Contact viewed' },
  },
  entities: {
    enterprise: { fr: 'Entreprise', en: 'Enterprise' },
    enterprise_contact: { fr: 'Personne-ressource', en: 'Enterprise contact' },
  },
}
