import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { ReferralStatus } from './referral.policy.js'

/** What the audit journal calls this feature's actions and records. */
export const referralAuditLabels: AuditVocabulary = {
  actions: {
    'referral.sent': { fr: 'Référence envoyée', en: 'Referral sent' },
    'referral.received': { fr: 'Référence reçue par l’organisme', en: 'Referral received by the organization' },
    'referral.accepted': { fr: 'Référence acceptée', en: 'Referral accepted' },
    'referral.declined': { fr: 'Référence refusée', en: 'Referral declined' },
    'referral.in_progress': { fr: 'Service commencé', en: 'Service started' },
    'referral.completed': { fr: 'Service complété', en: 'Service completed' },
    'referral.not_completed': { fr: 'Service non complété', en: 'Service not completed' },
    'referral.expired': { fr: 'Référence expirée', en: 'Referral expired' },
    'referral.rerouted': { fr: 'Référence réacheminée', en: 'Referral re-routed' },
    'referral.cancelled': { fr: 'Référence annulée', en: 'Referral cancelled' },
    'referral.commented': { fr: 'Commentaire sur une référence', en: 'Referral comment' },
    'referral.viewed': { fr: 'Consultation d’un portrait par un organisme', en: 'Portrait viewed by an organization' },
    'referral.listed': { fr: 'Consultation des références', en: 'Referrals viewed' },
  },
  entities: {
    referral: { fr: 'Référence', en: 'Referral' },
  },
}

/** Each status of the closed loop. */
export const statusLabels: Record<ReferralStatus, Localized> = {
  sent: { fr: 'Envoyée', en: 'Sent' },
  received: { fr: 'Reçue', en: 'Received' },
  accepted: { fr: 'Acceptée', en: 'Accepted' },
  declined: { fr: 'Refusée', en: 'Declined' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  completed: { fr: 'Complétée', en: 'Completed' },
  not_completed: { fr: 'Non complétée', en: 'Not completed' },
  expired: { fr: 'Expirée', en: 'Expired' },
  rerouted: { fr: 'Réacheminée', en: 'Re-routed' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
}

/** The button of each move. */
export const moveLabels: Record<ReferralStatus, Localized> = {
  sent: { fr: 'Envoyer', en: 'Send' },
  received: { fr: 'Marquer comme reçue', en: 'Mark as received' },
  accepted: { fr: 'Accepter', en: 'Accept' },
  declined: { fr: 'Refuser', en: 'Decline' },
  in_progress: { fr: 'Commencer le service', en: 'Start the service' },
  completed: { fr: 'Service complété', en: 'Service completed' },
  not_completed: { fr: 'Service non complété', en: 'Service not completed' },
  expired: { fr: 'Expirer', en: 'Expire' },
  rerouted: { fr: 'Réacheminer', en: 'Re-route' },
  cancelled: { fr: 'Annuler la référence', en: 'Cancel the referral' },
}

/** Errors of the referral rules. */
export const referralErrors = {
  consentRequired: (consentsHref: string): Localized => ({
    fr: `La personne n’a pas de consentement actif à la communication de ses besoins à un organisme partenaire. Consignez-le d’abord : ${consentsHref}`,
    en: `The person has no active consent to sharing their needs with a partner organization. Record it first: ${consentsHref}`,
  }),
  contactConsentRequired: {
    fr: 'La personne n’a pas de consentement actif à la communication de ses coordonnées : décochez cette case ou consignez d’abord ce consentement.',
    en: 'The person has no active consent to sharing their contact details: untick this box or record that consent first.',
  },
  organizationOutsideRegion: {
    fr: 'Choisissez un organisme de la région du dossier.',
    en: 'Choose an organization of the dossier’s region.',
  },
  sameOrganization: {
    fr: 'Choisissez un autre organisme que celui de la référence actuelle.',
    en: 'Choose an organization other than the current one.',
  },
  notInDossier: {
    fr: 'Choisissez des besoins et des étapes de ce dossier.',
    en: 'Choose needs and steps of this dossier.',
  },
  reasonRequired: { fr: 'Indiquez la raison du refus.', en: 'Give the reason for declining.' },
  outcomeRequired: { fr: 'Indiquez le résultat du service.', en: 'Give the outcome of the service.' },
  transitionNotAllowed: (from: ReferralStatus, to: ReferralStatus): Localized => ({
    fr: `Une référence « ${statusLabels[from].fr} » ne peut pas passer à « ${statusLabels[to].fr} ».`,
    en: `A referral that is “${statusLabels[from].en}” cannot become “${statusLabels[to].en}”.`,
  }),
  consentWithdrawn: {
    fr: 'La personne a retiré son consentement : cette référence ne peut plus être traitée par l’organisme.',
    en: 'The person withdrew their consent: the organization can no longer act on this referral.',
  },
  changedMeanwhile: {
    fr: 'Cette référence vient de changer d’état. Affichez-la de nouveau.',
    en: 'This referral has just changed status. Display it again.',
  },
} as const
