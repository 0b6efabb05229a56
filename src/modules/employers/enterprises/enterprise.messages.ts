import type { Localized } from '../../../platform/errors.js'
import type { contactLanguages, sizeBands } from './enterprise.schema.js'

/** The labels of the enterprise and contact fields (forms, details, error summary). */
export const enterpriseFieldLabels = {
  legalName: { fr: 'Nom légal', en: 'Legal name' },
  neq: { fr: 'NEQ (numéro d’entreprise du Québec)', en: 'NEQ (Québec enterprise number)' },
  scianCode: { fr: 'Secteur SCIAN 2022', en: 'NAICS 2022 sector' },
  sizeBand: { fr: 'Nombre d’employés', en: 'Number of employees' },
  streetAddress: { fr: 'Adresse', en: 'Street address' },
  city: { fr: 'Municipalité', en: 'Municipality' },
  postalCode: { fr: 'Code postal', en: 'Postal code' },
  mrcCode: { fr: 'MRC', en: 'RCM' },
  regionCode: { fr: 'Région', en: 'Region' },
  phone: { fr: 'Téléphone', en: 'Telephone' },
  email: { fr: 'Courriel', en: 'Email' },
  website: { fr: 'Site Web', en: 'Website' },
  notes: { fr: 'Notes', en: 'Notes' },
  confirmedNotDuplicate: { fr: 'Ce n’est pas un doublon', en: 'This is not a duplicate' },
  name: { fr: 'Nom', en: 'Name' },
  jobTitle: { fr: 'Fonction', en: 'Job title' },
  language: { fr: 'Langue', en: 'Language' },
  q: { fr: 'Nom ou NEQ', en: 'Name or NEQ' },
  sector: { fr: 'Secteur', en: 'Sector' },
  mrc: { fr: 'MRC', en: 'RCM' },
  region: { fr: 'Région', en: 'Region' },
} satisfies Record<string, Localized>

export const sizeBandLabels: Record<(typeof sizeBands)[number], Localized> = {
  '1-4': { fr: '1 à 4', en: '1 to 4' },
  '5-19': { fr: '5 à 19', en: '5 to 19' },
  '20-99': { fr: '20 à 99', en: '20 to 99' },
  '100-499': { fr: '100 à 499', en: '100 to 499' },
  '500+': { fr: '500 ou plus', en: '500 or more' },
}

export const contactLanguageLabels: Record<(typeof contactLanguages)[number], Localized> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
}

/** The enterprises feature's texts. */
export const enterpriseText = {
  listTitle: { fr: 'Entreprises', en: 'Enterprises' },
  newTitle: { fr: 'Nouvelle entreprise', en: 'New enterprise' },
  editTitle: { fr: 'Modifier l’entreprise', en: 'Edit the enterprise' },
  add: { fr: 'Ajouter une entreprise', en: 'Add an enterprise' },
  edit: { fr: 'Modifier', en: 'Edit' },
  filters: { fr: 'Filtrer les entreprises', en: 'Filter the enterprises' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  qHint: {
    fr: 'Des mots du nom (sans égard aux accents) ou le NEQ.',
    en: 'Words of the name (accents ignored) or the NEQ.',
  },
  allSectors: { fr: 'Tous les secteurs', en: 'All sectors' },
  allMrcs: { fr: 'Toutes les MRC', en: 'All RCMs' },
  allRegions: { fr: 'Toutes les régions', en: 'All regions' },
  none: { fr: 'Aucune entreprise ne correspond à ces critères.', en: 'No enterprise matches these criteria.' },
  next: { fr: 'Page suivante', en: 'Next page' },
  saved: { fr: 'L’entreprise est enregistrée.', en: 'The enterprise is saved.' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  back: { fr: 'Retour aux entreprises', en: 'Back to the enterprises' },
  neqHint: { fr: '10 chiffres, si l’entreprise est immatriculée.', en: '10 digits, if the enterprise is registered.' },
  postalHint: { fr: 'Par exemple G4X 2R1.', en: 'For example G4X 2R1.' },
  websiteHint: { fr: 'Par exemple https://exemple.ca', en: 'For example https://example.ca' },
  mrcHint: { fr: 'Une MRC de la région choisie.', en: 'An RCM of the chosen region.' },
  sectionContacts: { fr: 'Personnes-ressources', en: 'Contacts' },
  noContacts: { fr: 'Aucune personne-ressource.', en: 'No contact yet.' },
  addContact: { fr: 'Ajouter une personne-ressource', en: 'Add a contact' },
  newContactTitle: { fr: 'Nouvelle personne-ressource', en: 'New contact' },
  editContactTitle: { fr: 'Modifier la personne-ressource', en: 'Edit the contact' },
  removeContact: { fr: 'Retirer', en: 'Remove' },
  removeQuestion: {
    fr: 'Retirer cette personne-ressource de l’entreprise ?',
    en: 'Remove this contact from the enterprise?',
  },
  contactSaved: { fr: 'La personne-ressource est enregistrée.', en: 'The contact is saved.' },
  contactRemoved: { fr: 'La personne-ressource est retirée.', en: 'The contact is removed.' },
  actions: { fr: 'Actions', en: 'Actions' },
  candidatesTitle: { fr: 'Doublon possible', en: 'Possible duplicate' },
  candidatesIntro: {
    fr: 'Ces entreprises de la même municipalité ont un nom semblable :',
    en: 'These enterprises of the same municipality have a similar name:',
  },
  candidatesElsewhere: {
    fr: 'Une entreprise semblable existe hors de votre territoire.',
    en: 'A similar enterprise exists outside your territory.',
  },
  neqTakenBy: { fr: 'Entreprise qui porte ce NEQ :', en: 'Enterprise with this NEQ:' },
  possibleDuplicate: {
    fr: 'Une entreprise de nom semblable existe dans cette municipalité. Vérifiez-la, ou cochez « Ce n’est pas un doublon ».',
    en: 'An enterprise with a similar name exists in this municipality. Check it, or tick “This is not a duplicate”.',
  },
  neqTaken: { fr: 'Une entreprise porte déjà ce NEQ.', en: 'An enterprise already has this NEQ.' },
  regionOutOfScope: {
    fr: 'Région inconnue ou hors de votre territoire.',
    en: 'Unknown region or outside your territory.',
  },
  mrcElsewhere: { fr: 'Cette MRC n’est pas de la région choisie.', en: 'This RCM is not in the chosen region.' },
  unknownSector: { fr: 'Secteur SCIAN inconnu.', en: 'Unknown NAICS sector.' },
} satisfies Record<string, Localized>
