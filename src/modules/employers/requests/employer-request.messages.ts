import type { Localized } from '../../../platform/errors.js'
import type { employerRequestStatuses } from './employer-request.schema.js'

export const employerRequestStatusLabels: Record<(typeof employerRequestStatuses)[number], Localized> = {
  new: { fr: 'Nouvelle', en: 'New' },
  converted: { fr: 'Convertie', en: 'Converted' },
  rejected: { fr: 'Rejetée', en: 'Rejected' },
}

/** Labels of an employer request's fields (the public form, the staff pages, the error summaries). */
export const employerRequestFieldLabels: Record<string, Localized> = {
  enterpriseName: { fr: 'Nom de l’entreprise', en: 'Enterprise name' },
  neq: { fr: 'Numéro d’entreprise du Québec (NEQ)', en: 'Québec enterprise number (NEQ)' },
  city: { fr: 'Municipalité', en: 'Municipality' },
  regionCode: { fr: 'Région de l’entreprise', en: 'Enterprise’s region' },
  contactName: { fr: 'Personne-ressource', en: 'Contact person' },
  email: { fr: 'Adresse courriel', en: 'Email address' },
  phone: { fr: 'Numéro de téléphone', en: 'Phone number' },
  language: { fr: 'Langue de communication', en: 'Language of communication' },
  positionsWanted: { fr: 'Nombre de postes à pourvoir', en: 'Number of positions to fill' },
  message: { fr: 'Vos besoins de recrutement', en: 'Your recruitment needs' },
  receivedOn: { fr: 'Reçue le', en: 'Received on' },
  status: { fr: 'Statut', en: 'Status' },
  reason: { fr: 'Motif du rejet', en: 'Reason for rejection' },
  rejectionReason: { fr: 'Motif du rejet', en: 'Reason for rejection' },
  enterpriseId: { fr: 'Entreprise', en: 'Enterprise' },
  scianCode: { fr: 'Secteur d’activité (SCIAN)', en: 'Industry sector (NAICS)' },
}

/** Errors the service finds (the contract's own come from zod). */
export const employerRequestErrors = {
  unknownRegion: { fr: 'Choisissez l’une des régions proposées.', en: 'Choose one of the regions offered.' },
  phone: { fr: 'Numéro de téléphone invalide.', en: 'Invalid phone number.' },
  positions: {
    fr: 'Un nombre entier de postes, de 1 à 999.',
    en: 'A whole number of positions, from 1 to 999.',
  },
  notOpen: {
    fr: 'Cette demande a déjà été traitée (convertie ou rejetée).',
    en: 'This request has already been handled (converted or rejected).',
  },
  unknownEnterprise: {
    fr: 'Choisissez l’une des entreprises de la région proposées.',
    en: 'Choose one of the region’s enterprises offered.',
  },
  regionOfRequest: {
    fr: 'La nouvelle entreprise est inscrite dans la région de la demande.',
    en: 'The new enterprise is recorded in the request’s region.',
  },
  otherRegion: {
    fr: 'Cette entreprise n’est pas dans la région de la demande.',
    en: 'This enterprise is not in the request’s region.',
  },
} satisfies Record<string, Localized>

/** Texts of the public form. */
export const employerFormText = {
  title: { fr: 'Demande d’aide au recrutement pour les entreprises', en: 'Recruitment help request for employers' },
  intro: {
    fr: 'Votre entreprise souhaite recruter des personnes immigrantes d’ici ou de l’étranger ? Les conseillères et conseillers en immigration régionale de votre région vous informent sur les programmes d’immigration et vous accompagnent dans votre recrutement, sans frais.',
    en: 'Does your enterprise want to hire immigrants from here or abroad? Your region’s regional immigration advisors inform you about immigration programs and help you recruit, free of charge.',
  },
  neqHint: { fr: 'Facultatif : 10 chiffres.', en: 'Optional: 10 digits.' },
  messageHint: {
    fr: 'Les postes, les compétences recherchées, le moment de l’embauche (2000 caractères au plus).',
    en: 'The positions, the skills you are looking for, when you want to hire (2,000 characters at most).',
  },
  honeypot: { fr: 'Ne remplissez pas ce champ', en: 'Do not fill in this field' },
  send: { fr: 'Envoyer la demande', en: 'Send the request' },
  thanksTitle: { fr: 'Demande reçue', en: 'Request received' },
  thanks: {
    fr: 'Merci. Votre demande a été transmise aux conseillères et conseillers en immigration régionale de votre région.',
    en: 'Thank you. Your request has been sent to your region’s regional immigration advisors.',
  },
  thanksNext: {
    fr: 'Une conseillère ou un conseiller communiquera avec vous par courriel ou par téléphone.',
    en: 'An advisor will contact you by email or by phone.',
  },
  home: { fr: 'Retour à l’accueil', en: 'Back to the home page' },
  regionLink: { fr: 'Entreprises : demander de l’aide pour recruter', en: 'Employers: ask for help recruiting' },
} satisfies Record<string, Localized>

/** Texts of the staff pages. */
export const employerRequestText = {
  title: { fr: 'Demandes d’entreprises', en: 'Employer requests' },
  intro: {
    fr: 'Les demandes d’aide au recrutement envoyées du site public par des entreprises de vos régions, les plus récentes d’abord.',
    en: 'Recruitment help requests sent from the public site by enterprises of your regions, newest first.',
  },
  listLabel: { fr: 'Demandes d’entreprises', en: 'Employer requests' },
  none: { fr: 'Aucune demande.', en: 'No request.' },
  statusFilter: { fr: 'Filtrer les demandes', en: 'Filter the requests' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  saved: { fr: 'La demande a été mise à jour.', en: 'The request was updated.' },
  back: { fr: 'Retour aux demandes d’entreprises', en: 'Back to employer requests' },
  messageLabel: { fr: 'Message de l’entreprise', en: 'Enterprise’s message' },
  convert: { fr: 'Créer ou associer une entreprise', en: 'Create or link an enterprise' },
  reject: { fr: 'Rejeter la demande', en: 'Reject the request' },
  rejectQuestion: {
    fr: 'Rejeter cette demande ? Elle quittera la file des nouvelles demandes.',
    en: 'Reject this request? It will leave the queue of new requests.',
  },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  openEnterprise: { fr: 'Voir la fiche de l’entreprise', en: 'See the enterprise’s record' },
  convertTitle: { fr: 'Convertir la demande en fiche d’entreprise', en: 'Turn the request into an enterprise record' },
  candidatesTitle: { fr: 'Entreprises possiblement déjà inscrites', en: 'Enterprises possibly already on record' },
  candidatesIntro: {
    fr: 'Ces entreprises ont le même NEQ ou un nom semblable dans la même municipalité. Associez la demande à l’une d’elles plutôt que de créer un doublon.',
    en: 'These enterprises have the same NEQ or a similar name in the same municipality. Link the request to one of them rather than create a duplicate.',
  },
  noCandidate: {
    fr: 'Aucune entreprise semblable n’est inscrite dans la région.',
    en: 'No similar enterprise is on record in the region.',
  },
  link: { fr: 'Associer à cette entreprise', en: 'Link to this enterprise' },
  newTitle: { fr: 'Créer une nouvelle entreprise', en: 'Create a new enterprise' },
  createNew: { fr: 'Créer l’entreprise', en: 'Create the enterprise' },
  newIntro: {
    fr: 'Aucune de ces entreprises ? Vérifiez la fiche préremplie à partir de la demande, puis créez-la : la demande sera convertie.',
    en: 'None of these enterprises? Check the record prefilled from the request, then create it: the request will be converted.',
  },
  notesFrom: { fr: 'Demande du site public', en: 'Request from the public site' },
} satisfies Record<string, Localized>
