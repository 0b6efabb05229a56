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

/** Texts of the referral pages (staff and partner portal). */
export const referralText = {
  title: { fr: 'Références', en: 'Referrals' },
  dossiers: { fr: 'Dossiers', en: 'Dossiers' },
  inboxTitle: { fr: 'Références reçues', en: 'Referrals received' },
  portal: { fr: 'Portail des organismes partenaires', en: 'Partner organization portal' },
  none: { fr: 'Aucune référence.', en: 'No referrals.' },
  newTitle: { fr: 'Nouvelle référence', en: 'New referral' },
  organizationId: { fr: 'Organisme', en: 'Organization' },
  serviceWanted: { fr: 'Service demandé', en: 'Service wanted' },
  message: { fr: 'Message à l’organisme', en: 'Message to the organization' },
  needIds: { fr: 'Besoins à communiquer', en: 'Needs to share' },
  stepIds: { fr: 'Étapes du plan à communiquer', en: 'Plan steps to share' },
  shareContact: { fr: 'Communiquer les coordonnées de la personne', en: 'Share the person’s contact details' },
  noNeeds: { fr: 'Aucun besoin évalué dans ce dossier.', en: 'No need assessed in this dossier.' },
  noSteps: { fr: 'Aucune étape au plan de ce dossier.', en: 'No step in this dossier’s plan.' },
  send: { fr: 'Envoyer la référence', en: 'Send the referral' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  back: { fr: 'Retour aux références', en: 'Back to referrals' },
  noConsent: {
    fr: 'La personne n’a pas de consentement actif à la communication de ses besoins à un organisme partenaire : aucune référence ne peut être envoyée.',
    en: 'The person has no active consent to sharing their needs with a partner organization: no referral can be sent.',
  },
  noContactConsent: {
    fr: 'Sans consentement actif à la communication des coordonnées, l’organisme ne les verra pas.',
    en: 'Without an active consent to sharing contact details, the organization will not see them.',
  },
  consentsLink: { fr: 'Consentements de la personne', en: 'The person’s consents' },
  status: { fr: 'État', en: 'Status' },
  sentAt: { fr: 'Envoyée le', en: 'Sent on' },
  answerDueOn: { fr: 'Réponse attendue au plus tard le', en: 'Answer due by' },
  declineReason: { fr: 'Raison du refus', en: 'Reason for declining' },
  outcome: { fr: 'Résultat', en: 'Outcome' },
  sharing: { fr: 'Ce que l’organisme voit', en: 'What the organization sees' },
  history: { fr: 'Historique', en: 'History' },
  reroutedFrom: { fr: 'Réacheminée d’une référence précédente', en: 'Re-routed from an earlier referral' },
  comment: { fr: 'Commentaire', en: 'Comment' },
  addComment: { fr: 'Ajouter un commentaire', en: 'Add a comment' },
  reason: { fr: 'Raison du refus', en: 'Reason for declining' },
  rerouteTitle: { fr: 'Réacheminer la référence', en: 'Re-route the referral' },
  rerouteIntro: {
    fr: 'La référence actuelle sera marquée réacheminée et une nouvelle référence, avec les mêmes besoins et étapes, sera envoyée à l’organisme choisi.',
    en: 'The current referral will be marked re-routed and a new one, with the same needs and steps, will be sent to the organization chosen.',
  },
  cancelTitle: { fr: 'Annuler la référence', en: 'Cancel the referral' },
  cancelQuestion: {
    fr: 'Annuler cette référence? L’organisme verra qu’elle a été annulée.',
    en: 'Cancel this referral? The organization will see that it was cancelled.',
  },
  keep: { fr: 'Garder la référence', en: 'Keep the referral' },
  notice: {
    sent: { fr: 'La référence a été envoyée.', en: 'The referral was sent.' },
    rerouted: { fr: 'La référence a été réacheminée.', en: 'The referral was re-routed.' },
    cancelled: { fr: 'La référence a été annulée.', en: 'The referral was cancelled.' },
    saved: { fr: 'C’est enregistré.', en: 'Saved.' },
  },
  sharingLabels: {
    full: {
      fr: 'Le prénom et l’initiale du nom, les langues parlées, les niveaux de français, le service demandé et le message, les besoins choisis et leurs notes, les étapes du plan choisies — et les coordonnées (courriel, téléphone, langue de communication).',
      en: 'The given name and family initial, languages spoken, French levels, the service wanted and the message, the needs chosen and their notes, the plan steps chosen — and the contact details (email, telephone, language of communication).',
    },
    without_contact: {
      fr: 'Le prénom et l’initiale du nom, les langues parlées, les niveaux de français, le service demandé et le message, les besoins choisis et leurs notes, les étapes du plan choisies — sans les coordonnées.',
      en: 'The given name and family initial, languages spoken, French levels, the service wanted and the message, the needs chosen and their notes, the plan steps chosen — without the contact details.',
    },
    withdrawn: { fr: 'Rien : consentement retiré', en: 'Nothing: consent withdrawn' },
  },
  filterStatus: { fr: 'État', en: 'Status' },
  allStatuses: { fr: 'Tous les états', en: 'All statuses' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  filters: { fr: 'Filtrer les références', en: 'Filter referrals' },
  open: { fr: 'Ouvrir', en: 'Open' },
  withdrawnTitle: { fr: 'Consentement retiré', en: 'Consent withdrawn' },
  withdrawnBody: {
    fr: 'La personne a retiré son consentement à la communication de ses renseignements. Cette référence ne peut plus être consultée ni traitée.',
    en: 'The person withdrew their consent to sharing their information. This referral can no longer be read or acted on.',
  },
  person: { fr: 'Personne', en: 'Person' },
  personNotShared: { fr: 'Non communiquée', en: 'Not shared' },
  languages: { fr: 'Langues parlées', en: 'Languages spoken' },
  french: { fr: 'Niveau de français (échelle québécoise, 1 à 12)', en: 'French level (Québec scale, 1 to 12)' },
  oralComprehension: { fr: 'Compréhension orale', en: 'Oral comprehension' },
  oralProduction: { fr: 'Production orale', en: 'Oral production' },
  writtenComprehension: { fr: 'Compréhension écrite', en: 'Written comprehension' },
  writtenProduction: { fr: 'Production écrite', en: 'Written production' },
  contact: { fr: 'Coordonnées', en: 'Contact details' },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Telephone' },
  preferredLanguage: { fr: 'Langue de communication', en: 'Language of communication' },
  noContact: {
    fr: 'La personne n’a pas consenti à la communication de ses coordonnées : la direction régionale fait le lien.',
    en: 'The person did not consent to sharing their contact details: the regional directorate is the link.',
  },
  needs: { fr: 'Besoins concernés', en: 'Needs concerned' },
  steps: { fr: 'Étapes du plan concernées', en: 'Plan steps concerned' },
  priority: { fr: 'Priorité', en: 'Priority' },
  notes: { fr: 'Notes', en: 'Notes' },
  dueOn: { fr: 'Échéance', en: 'Due' },
  actions: { fr: 'Répondre', en: 'Respond' },
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
} as const

/** Labels of the volets, priorities and plan-step statuses a portrait shows. */
export const portraitLabels = {
  volet: {
    installation: { fr: 'Installation', en: 'Settling in' },
    francisation: { fr: 'Francisation', en: 'French language learning' },
    employment: { fr: 'Intégration au marché de l’emploi', en: 'Entering the job market' },
    community: { fr: 'Intégration à la collectivité', en: 'Joining the community' },
  },
  priority: {
    high: { fr: 'Haute', en: 'High' },
    medium: { fr: 'Moyenne', en: 'Medium' },
    low: { fr: 'Basse', en: 'Low' },
  },
  responsible: {
    person: { fr: 'La personne', en: 'The person' },
    agent: { fr: 'L’agente ou l’agent', en: 'The agent' },
    partner: { fr: 'L’organisme partenaire', en: 'The partner organization' },
  },
  stepStatus: {
    planned: { fr: 'Prévue', en: 'Planned' },
    in_progress: { fr: 'En cours', en: 'In progress' },
    done: { fr: 'Faite', en: 'Done' },
    cancelled: { fr: 'Annulée', en: 'Cancelled' },
  },
} as const
