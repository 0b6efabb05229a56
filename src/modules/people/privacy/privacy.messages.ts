import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'

/** What the audit journal calls the Loi 25 actions (right-of-access export, retention anonymization). */
export const privacyAuditLabels: AuditVocabulary = {
  actions: {
    'person.exported': {
      fr: 'Exportation du dossier d’une personne (droit d’accès)',
      en: 'Person’s file exported (right of access)',
    },
    'person.anonymized': {
      fr: 'Anonymisation à la fin de la conservation',
      en: 'Anonymized at the end of retention',
    },
  },
  entities: {},
}

/** Intervention modes, as the export names them. */
export const modeLabels: Record<string, Localized> = {
  in_person: { fr: 'En personne', en: 'In person' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  video: { fr: 'Visioconférence', en: 'Video' },
  email: { fr: 'Courriel', en: 'Email' },
}

/** Dossier timeline events, as the export names them. */
export const eventKindLabels: Record<string, Localized> = {
  opened: { fr: 'Ouverture', en: 'Opened' },
  status_changed: { fr: 'Changement de statut', en: 'Status changed' },
  assigned: { fr: 'Assignation', en: 'Assigned' },
  closed: { fr: 'Fermeture', en: 'Closed' },
  reopened: { fr: 'Réouverture', en: 'Reopened' },
  transferred: { fr: 'Transfert', en: 'Transferred' },
}

/** The words of the right-of-access PDF. */
export const exportText = {
  pdfTitle: { fr: 'Renseignements personnels détenus par Escale', en: 'Personal information held by Escale' },
  pdfIntro: {
    fr: 'Document remis en réponse à une demande d’accès (Loi 25). Il contient tous les renseignements que la direction régionale détient sur la personne dans Escale, produits le',
    en: 'Document provided in response to an access request (Québec Law 25). It holds all the information the regional directorate keeps on the person in Escale, produced on',
  },
  none: { fr: '—', en: '—' },
  identity: { fr: 'Identité', en: 'Identity' },
  givenName: { fr: 'Prénom', en: 'Given name' },
  familyName: { fr: 'Nom de famille', en: 'Family name' },
  name: { fr: 'Nom', en: 'Name' },
  birthDate: { fr: 'Date de naissance', en: 'Date of birth' },
  gender: { fr: 'Genre', en: 'Gender' },
  countryOfBirth: { fr: 'Pays de naissance', en: 'Country of birth' },
  citizenships: { fr: 'Citoyennetés', en: 'Citizenships' },
  languages: { fr: 'Langues parlées', en: 'Languages spoken' },
  frenchLevels: {
    fr: 'Français (échelle québécoise : compréhension orale / production orale / compréhension écrite / production écrite)',
    en: 'French (Québec scale: oral comprehension / oral production / written comprehension / written production)',
  },
  anonymizedAt: { fr: 'Anonymisé le', en: 'Anonymized on' },
  immigration: { fr: 'Immigration', en: 'Immigration' },
  category: { fr: 'Catégorie', en: 'Category' },
  statusObtainedOn: { fr: 'Statut obtenu le', en: 'Status obtained on' },
  statusExpiresOn: { fr: 'Statut valide jusqu’au', en: 'Status valid until' },
  arrivalDate: { fr: 'Arrivée au Québec', en: 'Arrival in Québec' },
  region: { fr: 'Région', en: 'Region' },
  mrc: { fr: 'MRC', en: 'RCM' },
  contact: { fr: 'Coordonnées et ménage', en: 'Contact details and household' },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  address: { fr: 'Adresse', en: 'Address' },
  preferredLanguage: { fr: 'Langue de préférence', en: 'Preferred language' },
  household: { fr: 'Place dans le ménage', en: 'Place in the household' },
  householdMember: { fr: 'Membre du ménage', en: 'Household member' },
  consents: { fr: 'Consentements', en: 'Consents' },
  consent: { fr: 'Consentement', en: 'Consent' },
  givenOn: { fr: 'Donné le', en: 'Given on' },
  expiresOn: { fr: 'Valide jusqu’au', en: 'Valid until' },
  withdrawnAt: { fr: 'Retiré le', en: 'Withdrawn on' },
  consentText: { fr: 'Texte', en: 'Text' },
  dossiers: { fr: 'Dossiers d’accompagnement', en: 'Accompaniment dossiers' },
  dossier: { fr: 'Dossier', en: 'Dossier' },
  status: { fr: 'État', en: 'Status' },
  intakeChannel: { fr: 'Canal d’accueil', en: 'Intake channel' },
  openedOn: { fr: 'Ouvert le', en: 'Opened on' },
  firstMeetingOn: { fr: 'Première rencontre', en: 'First meeting' },
  closedOn: { fr: 'Fermé le', en: 'Closed on' },
  closureReason: { fr: 'Motif de fermeture', en: 'Closure reason' },
  closureNote: { fr: 'Note de fermeture', en: 'Closure note' },
  transfer: { fr: 'Transfert', en: 'Transfer' },
  needsAndPlan: { fr: 'Besoins et plan d’action', en: 'Needs and action plan' },
  step: { fr: 'Étape', en: 'Step' },
  interventions: { fr: 'Interventions', en: 'Interventions' },
  referral: { fr: 'Référence', en: 'Referral' },
  serviceWanted: { fr: 'Service demandé', en: 'Service wanted' },
  message: { fr: 'Message', en: 'Message' },
  declineReason: { fr: 'Motif du refus', en: 'Reason for declining' },
  outcome: { fr: 'Résultat', en: 'Outcome' },
  requests: { fr: 'Demandes en ligne', en: 'Online requests' },
  request: { fr: 'Demande', en: 'Request' },
} satisfies Record<string, Localized>

/** The words of the right-of-access page. */
export const accessPageText = {
  title: { fr: 'Droit d’accès de la personne', en: 'The person’s right of access' },
  intro: {
    fr: 'La Loi 25 donne à toute personne le droit d’obtenir les renseignements personnels qu’un organisme détient sur elle. Ce document les rassemble tous : identité et coordonnées, immigration, liens de ménage, consentements (avec la version du texte accepté), chaque dossier avec son historique, ses besoins, son plan d’action, ses interventions et ses références, et les demandes en ligne liées.',
    en: 'Québec’s Law 25 gives everyone the right to obtain the personal information an organization holds on them. This document gathers all of it: identity and contact details, immigration, household links, consents (with the version of the text agreed to), each dossier with its history, needs, action plan, interventions and referrals, and the related online requests.',
  },
  audit: {
    fr: 'Chaque téléchargement est inscrit au journal d’audit. Remettez le document à la personne elle-même, par un moyen sûr, après avoir vérifié son identité.',
    en: 'Each download is recorded in the audit log. Give the document to the person themselves, by a secure means, after checking their identity.',
  },
  downloads: { fr: 'Télécharger', en: 'Download' },
  pdf: { fr: 'Document PDF (à remettre à la personne)', en: 'PDF document (to give to the person)' },
  json: { fr: 'Données JSON (format structuré et courant)', en: 'JSON data (structured, commonly used format)' },
  back: { fr: 'Retour à la fiche de la personne', en: 'Back to the person’s page' },
  persons: { fr: 'Personnes', en: 'Persons' },
} satisfies Record<string, Localized>
