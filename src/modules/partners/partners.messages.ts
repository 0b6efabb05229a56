import type { AuditVocabulary } from '../access/index.js'
import type { Localized } from '../../platform/errors.js'

/** Texts of the partner portal. */
export const portalText = {
  title: { fr: 'Portail des organismes partenaires', en: 'Partner organization portal' },
  org: { fr: 'Votre organisme', en: 'Your organization' },
  referrals: { fr: 'Références reçues', en: 'Referrals received' },
  region: { fr: 'Région', en: 'Region' },
  next: {
    fr: "Les références que la direction régionale adresse à votre organisme et les rapports de vos ententes apparaîtront sur cette page lorsqu'ils seront ouverts dans Escale.",
    en: 'Referrals the regional directorate sends to your organization and the reports of your agreements will appear on this page once they open in Escale.',
  },
  unknown: {
    fr: "Votre compte n'est rattaché à aucun organisme. Communiquez avec la direction régionale.",
    en: 'Your account is not linked to an organization. Contact the regional directorate.',
  },
} satisfies Record<string, Localized>

/** What the audit journal calls the partners module's actions and records. */
export const partnersAuditLabels: AuditVocabulary = {
  actions: {
    'organization.created': { fr: "Création d'un organisme", en: 'Partner organization created' },
  },
  entities: {
    organization: { fr: 'Organisme', en: 'Partner organization' },
  },
}
