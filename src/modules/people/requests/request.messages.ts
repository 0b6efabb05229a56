import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { requestStatuses } from './request.schema.js'

/** What the audit journal calls this feature's actions and records. */
export const requestAuditLabels: AuditVocabulary = {
  actions: {
    'request.received': { fr: 'Réception d’une demande en ligne', en: 'Online request received' },
    'request.viewed': { fr: 'Consultation d’une demande en ligne', en: 'Online request viewed' },
    'request.assigned': { fr: 'Attribution d’une demande en ligne', en: 'Online request assigned' },
    'request.rejected': { fr: 'Rejet d’une demande en ligne', en: 'Online request rejected' },
    'request.converted': { fr: 'Demande en ligne convertie en dossier', en: 'Online request turned into a dossier' },
  },
  entities: { request: { fr: 'Demande en ligne', en: 'Online request' } },
}

export const requestStatusLabels: Record<(typeof requestStatuses)[number], Localized> = {
  new: { fr: 'Nouvelle', en: 'New' },
  assigned: { fr: 'Assignée', en: 'Assigned' },
  converted: { fr: 'Convertie', en: 'Converted' },
  rejected: { fr: 'Rejetée', en: 'Rejected' },
}

/** Labels of a request's fields (the public form, the triage pages, the error summaries). */
export const requestFieldLabels: Record<string, Localized> = {
  givenName: { fr: 'Prénom', en: 'Given name' },
  familyName: { fr: 'Nom de famille', en: 'Family name' },
  birthDate: { fr: 'Date de naissance', en: 'Date of birth' },
  email: { fr: 'Adresse courriel', en: 'Email address' },
  phone: { fr: 'Numéro de téléphone', en: 'Phone number' },
  preferredLanguage: { fr: 'Langue de communication préférée', en: 'Preferred language of communication' },
  regionCode: { fr: 'Région où vous habitez ou allez habiter', en: 'Region where you live or will live' },
  message: { fr: 'Votre demande', en: 'Your request' },
  consent: { fr: 'Consentement', en: 'Consent' },
  consentTextId: { fr: 'Consentement', en: 'Consent' },
  receivedOn: { fr: 'Reçue le', en: 'Received on' },
  age: { fr: 'Attente (jours ouvrables)', en: 'Waiting (working days)' },
  status: { fr: 'Statut', en: 'Status' },
  assignedTo: { fr: 'Agente ou agent', en: 'Agent' },
  agentId: { fr: 'Agente ou agent', en: 'Agent' },
  reason: { fr: 'Motif du rejet', en: 'Reason for rejection' },
  rejectionReason: { fr: 'Motif du rejet', en: 'Reason for rejection' },
  servicePointId: { fr: 'Point de services', en: 'Service point' },
  personId: { fr: 'Personne', en: 'Person' },
  region: { fr: 'Région', en: 'Region' },
  dossier: { fr: 'Dossier', en: 'Dossier' },
}

export const languageLabels: Record<'fr' | 'en', Localized> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
}

/** Texts of the triage pages. */
export const triageText = {
  title: { fr: 'Demandes en ligne', en: 'Online requests' },
  intro: {
    fr: 'Les demandes d’accompagnement envoyées du site public, les plus anciennes d’abord. Le premier contact est dû dans les cinq jours ouvrables.',
    en: 'Support requests sent from the public site, oldest first. The first contact is due within five working days.',
  },
  statusFilter: { fr: 'Filtrer par statut', en: 'Filter by status' },
  filter: { fr: 'Afficher', en: 'Show' },
  none: { fr: 'Aucune demande.', en: 'No request.' },
  listLabel: { fr: 'Demandes en ligne', en: 'Online requests' },
  unassigned: { fr: 'Non assignée', en: 'Unassigned' },
  personMessage: { fr: 'Message de la personne', en: 'The person’s message' },
  assign: { fr: 'Attribuer', en: 'Assign' },
  assignTitle: { fr: 'Attribuer la demande', en: 'Assign the request' },
  noAgent: { fr: 'Aucune agente ni aucun agent en poste dans la région.', en: 'No agent in post in the region.' },
  reject: { fr: 'Rejeter la demande', en: 'Reject the request' },
  rejectQuestion: {
    fr: 'Rejeter cette demande? La personne ne sera pas recontactée par Escale.',
    en: 'Reject this request? The person will not be contacted through Escale.',
  },
  convert: { fr: 'Ouvrir un dossier', en: 'Open a dossier' },
  convertTitle: { fr: 'Ouvrir un dossier à partir de la demande', en: 'Open a dossier from the request' },
  convertIntro: {
    fr: 'Escale cherche d’abord si la personne a déjà une fiche. Choisissez le point de services qui suivra le dossier.',
    en: 'Escale first checks whether the person already has a record. Choose the service point that will follow the dossier.',
  },
  candidatesTitle: { fr: 'Cette personne existe peut-être déjà', en: 'This person may already exist' },
  candidatesIntro: {
    fr: 'Des fiches ressemblent à cette demande. Choisissez la bonne personne, ou confirmez qu’il s’agit de quelqu’un d’autre.',
    en: 'Some records look like this request. Pick the right person, or confirm it is someone else.',
  },
  pickPerson: { fr: 'Ouvrir un nouveau dossier pour cette personne', en: 'Open a new dossier for this person' },
  viewPerson: { fr: 'Voir la fiche', en: 'View the record' },
  newTab: { fr: '(nouvel onglet)', en: '(new tab)' },
  newPersonTitle: { fr: 'Aucune de ces personnes', en: 'None of these persons' },
  confirmNew: {
    fr: 'Créer une nouvelle fiche et ouvrir le dossier',
    en: 'Create a new record and open the dossier',
  },
  chosen: { fr: 'Vos choix pour le dossier', en: 'Your choices for the dossier' },
  changeChoices: { fr: 'Modifier ces choix', en: 'Change these choices' },
  birthDateNeeded: {
    fr: 'La demande ne donne pas de date de naissance : indiquez-la pour créer la fiche.',
    en: 'The request gives no date of birth: enter it to create the record.',
  },
  birthDateCheck: {
    fr: 'Celle que donne la demande : vérifiez-la et corrigez-la au besoin.',
    en: 'The one the request gives: check it and correct it if needed.',
  },
  back: { fr: 'Retour aux demandes', en: 'Back to the requests' },
  saved: { fr: 'La demande a été mise à jour.', en: 'The request was updated.' },
  converted: { fr: 'Dossier ouvert :', en: 'Dossier opened:' },
  openDossier: { fr: 'Voir le dossier', en: 'See the dossier' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  noServicePoint: {
    fr: 'Aucun point de services en activité dans la région : un dossier ne peut pas y être ouvert.',
    en: 'No service point in operation in the region: no dossier can be opened there.',
  },
} satisfies Record<string, Localized>

/** The refusals of the request use cases. */
export const requestErrors = {
  notOpen: {
    fr: 'Cette demande a déjà été traitée (convertie ou rejetée).',
    en: 'This request has already been handled (converted or rejected).',
  },
  notAnAgent: {
    fr: 'Choisissez une agente ou un agent en poste dans la région de la demande.',
    en: 'Choose an agent in post in the request’s region.',
  },
  unknownRegion: { fr: 'Choisissez l’une des régions proposées.', en: 'Choose one of the regions offered.' },
  consentChanged: {
    fr: 'Le texte de consentement a changé : lisez-le de nouveau et cochez la case.',
    en: 'The consent text has changed: read it again and tick the box.',
  },
  birthDateRange: {
    fr: 'Indiquez une date de naissance entre le 1er janvier 1900 et aujourd’hui.',
    en: 'Enter a date of birth between 1 January 1900 and today.',
  },
  servicePointOutsideRegion: {
    fr: 'Choisissez un point de services en activité dans la région de la demande.',
    en: 'Choose a service point in operation in the request’s region.',
  },
} satisfies Record<string, Localized>

/** Texts of the public form (`/fr/demande-accompagnement`, `/en/request-support`) and its thank-you page. */
export const publicRequestText = {
  title: { fr: 'Demander un accompagnement', en: 'Request support' },
  intro: {
    fr: 'Vous êtes une personne immigrante et vous vous installez au Québec? Une agente ou un agent d’aide à l’intégration de votre région peut vous accompagner : installation, francisation, emploi, vie dans la communauté. Remplissez ce formulaire et nous communiquerons avec vous.',
    en: 'Are you an immigrant settling in Québec? An integration agent of your region can support you: settling in, learning French, finding work, community life. Fill in this form and we will contact you.',
  },
  contactHint: {
    fr: 'Donnez au moins une adresse courriel ou un numéro de téléphone.',
    en: 'Give at least an email address or a phone number.',
  },
  birthDateHint: { fr: 'Facultatif. Format : AAAA-MM-JJ.', en: 'Optional. Format: YYYY-MM-DD.' },
  messageHint: {
    fr: 'Facultatif. Dites-nous en quelques mots ce dont vous avez besoin (2000 caractères au plus).',
    en: 'Optional. Tell us in a few words what you need (2000 characters at most).',
  },
  consentTitle: { fr: 'Votre consentement', en: 'Your consent' },
  consentBox: {
    fr: 'J’ai lu ce texte et j’y consens.',
    en: 'I have read this text and I consent to it.',
  },
  honeypot: { fr: 'Ne remplissez pas ce champ', en: 'Do not fill in this field' },
  send: { fr: 'Envoyer ma demande', en: 'Send my request' },
  unavailable: {
    fr: 'Le formulaire est temporairement indisponible. Communiquez avec la direction régionale de votre région (voir Nous joindre).',
    en: 'The form is temporarily unavailable. Contact your region’s regional directorate (see Contact us).',
  },
  unavailableTitle: { fr: 'Formulaire indisponible', en: 'Form unavailable' },
  tooMany: {
    fr: 'Trop de demandes ont été envoyées depuis votre connexion. Réessayez dans une heure, ou communiquez avec la direction régionale de votre région.',
    en: 'Too many requests were sent from your connection. Try again in an hour, or contact your region’s regional directorate.',
  },
  thanksTitle: { fr: 'Merci, votre demande a été reçue', en: 'Thank you, your request was received' },
  thanks: {
    fr: 'Une agente ou un agent d’aide à l’intégration de la région que vous avez choisie communiquera avec vous dans les cinq jours ouvrables, dans la langue que vous avez indiquée, pour convenir d’une première rencontre.',
    en: 'An integration agent of the region you chose will contact you within five working days, in the language you indicated, to set up a first meeting.',
  },
  thanksNext: {
    fr: 'Vous n’avez rien d’autre à faire d’ici là. Si vous n’avez pas de nouvelles après ce délai, communiquez avec la direction régionale.',
    en: 'There is nothing else for you to do until then. If you have not heard from us after that time, contact the regional directorate.',
  },
  home: { fr: 'Retour à l’accueil', en: 'Back to home' },
  regionLink: { fr: 'Demander un accompagnement dans cette région', en: 'Request support in this region' },
} satisfies Record<string, Localized>
