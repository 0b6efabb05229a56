import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { ConsentPurpose } from './consent.contracts.js'

/** What the audit journal calls this feature's actions and records. */
export const consentAuditLabels: AuditVocabulary = {
  actions: {
    'consent.listed': { fr: 'Consultation des consentements', en: 'Consents viewed' },
    'consent.viewed': { fr: 'Consultation d’un consentement (retrait)', en: 'Consent viewed (withdrawal)' },
    'consent.recorded': { fr: 'Consentement consigné', en: 'Consent recorded' },
    'consent.withdrawn': { fr: 'Consentement retiré', en: 'Consent withdrawn' },
  },
  entities: {
    consent: { fr: 'Consentement', en: 'Consent' },
  },
}

/** Each purpose a person consents to, as staff and partners read it. */
export const purposeLabels: Record<ConsentPurpose, Localized> = {
  referral_sharing: {
    fr: 'Communication des besoins et du plan à un organisme partenaire',
    en: 'Sharing needs and plan with a partner organization',
  },
  contact_sharing: {
    fr: 'Communication des coordonnées à un organisme partenaire',
    en: 'Sharing contact details with a partner organization',
  },
  job_matching: { fr: 'Jumelage avec des offres d’emploi', en: 'Matching with job offers' },
  online_request: { fr: 'Demande d’accompagnement en ligne', en: 'Online request for support' },
}

/** Texts of the consents page. */
export const consentText = {
  title: { fr: 'Consentements', en: 'Consents' },
  persons: { fr: 'Personnes', en: 'Persons' },
  intro: {
    fr: 'Loi 25 : chaque consentement vise une fin précise et un texte en vigueur. La personne peut le retirer en tout temps.',
    en: 'Law 25: each consent covers one purpose and the text in force. The person may withdraw it at any time.',
  },
  history: { fr: 'Historique des consentements', en: 'Consent history' },
  none: { fr: 'Aucun consentement consigné.', en: 'No consent recorded.' },
  record: { fr: 'Consigner un consentement', en: 'Record a consent' },
  texts: { fr: 'Textes en vigueur', en: 'Texts in force' },
  textsHint: {
    fr: 'Lisez à la personne le texte de la fin choisie, en entier, avant de consigner son consentement.',
    en: 'Read the full text of the chosen purpose to the person before recording their consent.',
  },
  version: { fr: 'version', en: 'version' },
  purpose: { fr: 'Fin', en: 'Purpose' },
  givenOn: { fr: 'Date du consentement', en: 'Date given' },
  expiresOn: { fr: 'Date d’échéance', en: 'Expiry date' },
  expiresHint: {
    fr: 'Facultatif. Le consentement vaut jusqu’à ce jour inclusivement.',
    en: 'Optional. The consent holds until that day, inclusive.',
  },
  status: { fr: 'État', en: 'Status' },
  active: { fr: 'Actif', en: 'Active' },
  withdrawn: { fr: 'Retiré', en: 'Withdrawn' },
  expired: { fr: 'Échu', en: 'Expired' },
  recorded: { fr: 'Consigné', en: 'Recorded' },
  by: { fr: 'par', en: 'by' },
  withdraw: { fr: 'Retirer', en: 'Withdraw' },
  save: { fr: 'Consigner', en: 'Record' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  saved: { fr: 'Le consentement a été consigné.', en: 'The consent was recorded.' },
  withdrawnNotice: { fr: 'Le consentement a été retiré.', en: 'The consent was withdrawn.' },
  confirmTitle: { fr: 'Retirer un consentement', en: 'Withdraw a consent' },
  confirmQuestion: {
    fr: 'Retirer ce consentement? Ce qu’il permettait cesse aussitôt : les organismes partenaires ne verront plus ces renseignements.',
    en: 'Withdraw this consent? What it allowed stops at once: partner organizations will no longer see this information.',
  },
  keep: { fr: 'Garder le consentement', en: 'Keep the consent' },
  system: { fr: 'le système', en: 'the system' },
} satisfies Record<string, Localized>
