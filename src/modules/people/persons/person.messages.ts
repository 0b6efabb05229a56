import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { genders, householdRelations, immigrationCategories, preferredLanguages } from './person.schema.js'

type L = Localized

/** What the audit journal calls this feature's actions and records. */
export const personAuditLabels: AuditVocabulary = {
  actions: {
    'person.created': { fr: "Création du dossier d'une personne", en: 'Person created' },
    'person.updated': { fr: "Modification des renseignements d'une personne", en: 'Person changed' },
    'person.viewed': { fr: "Consultation des renseignements d'une personne", en: 'Person viewed' },
    'person.searched': { fr: 'Recherche de personnes', en: 'Persons searched' },
  },
  entities: { person: { fr: 'Personne', en: 'Person' } },
}

/** Immigration categories (MIFI's words): permanent residence, then temporary statuses. */
export const categoryLabels: Record<(typeof immigrationCategories)[number], L> = {
  economic: { fr: 'Immigration économique', en: 'Economic immigration' },
  family_reunification: { fr: 'Regroupement familial', en: 'Family reunification' },
  government_assisted_refugee: { fr: "Réfugié pris en charge par l'État", en: 'Government-assisted refugee' },
  sponsored_refugee: { fr: 'Réfugié parrainé', en: 'Privately sponsored refugee' },
  protected_person: {
    fr: 'Personne protégée (réfugié reconnu sur place)',
    en: 'Protected person (refugee recognized in Canada)',
  },
  other_permanent: { fr: 'Autre (résidence permanente)', en: 'Other (permanent residence)' },
  temporary_foreign_worker: { fr: 'Travailleur étranger temporaire', en: 'Temporary foreign worker' },
  international_student: { fr: 'Étudiant étranger', en: 'International student' },
  asylum_seeker: { fr: "Demandeur d'asile", en: 'Asylum seeker' },
  other_temporary: { fr: 'Autre (statut temporaire)', en: 'Other (temporary status)' },
}

export const categoryGroupLabels = {
  permanent: { fr: 'Résidence permanente', en: 'Permanent residence' },
  temporary: { fr: 'Statut temporaire', en: 'Temporary status' },
} satisfies Record<string, L>

export const genderLabels: Record<(typeof genders)[number], L> = {
  female: { fr: 'Femme', en: 'Woman' },
  male: { fr: 'Homme', en: 'Man' },
  another: { fr: 'Autre identité de genre', en: 'Another gender identity' },
}

export const relationLabels: Record<(typeof householdRelations)[number], L> = {
  principal: { fr: 'Personne principale', en: 'Principal applicant' },
  spouse: { fr: 'Conjoint ou conjointe', en: 'Spouse or partner' },
  child: { fr: 'Enfant', en: 'Child' },
  parent: { fr: 'Parent', en: 'Parent' },
  sibling: { fr: 'Frère ou sœur', en: 'Sibling' },
  other: { fr: 'Autre lien', en: 'Other relation' },
}

export const preferredLanguageLabels: Record<(typeof preferredLanguages)[number], L> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
}

/** The four skills of the Échelle québécoise des niveaux de compétence en français (levels 1 to 12). */
export const frenchSkills = [
  'frenchOralComprehension',
  'frenchOralProduction',
  'frenchWrittenComprehension',
  'frenchWrittenProduction',
] as const

/** Every field's label (form, details, error summary). */
export const personFieldLabels: Record<string, L> = {
  givenName: { fr: 'Prénom', en: 'Given name' },
  familyName: { fr: 'Nom de famille', en: 'Family name' },
  birthDate: { fr: 'Date de naissance', en: 'Date of birth' },
  gender: { fr: 'Genre', en: 'Gender' },
  countryOfBirth: { fr: 'Pays de naissance', en: 'Country of birth' },
  citizenships: { fr: 'Citoyennetés', en: 'Citizenships' },
  languages: { fr: 'Langues parlées', en: 'Languages spoken' },
  frenchOralComprehension: { fr: 'Compréhension orale', en: 'Listening comprehension' },
  frenchOralProduction: { fr: 'Production orale', en: 'Speaking' },
  frenchWrittenComprehension: { fr: 'Compréhension écrite', en: 'Reading comprehension' },
  frenchWrittenProduction: { fr: 'Production écrite', en: 'Writing' },
  immigrationCategory: { fr: "Catégorie d'immigration ou statut", en: 'Immigration category or status' },
  statusObtainedOn: { fr: 'Statut obtenu le', en: 'Status obtained on' },
  statusExpiresOn: { fr: 'Statut valide jusqu’au', en: 'Status valid until' },
  arrivalDate: { fr: 'Arrivée au Québec', en: 'Arrival in Québec' },
  regionCode: { fr: "Région d'établissement", en: 'Settlement region' },
  mrcCode: { fr: 'MRC', en: 'RCM' },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  streetAddress: { fr: 'Adresse', en: 'Address' },
  city: { fr: 'Ville', en: 'City' },
  postalCode: { fr: 'Code postal', en: 'Postal code' },
  preferredLanguage: { fr: 'Langue de communication', en: 'Preferred language' },
  householdPersonId: { fr: 'Ménage de la personne', en: 'Household of person' },
  householdRelation: { fr: 'Lien dans le ménage', en: 'Relation in the household' },
  confirmedNotDuplicate: { fr: 'Il s’agit d’une autre personne', en: 'This is a different person' },
  q: { fr: 'Nom, numéro de dossier ou date de naissance', en: 'Name, dossier number or date of birth' },
  cursor: { fr: 'Page', en: 'Page' },
}

/** Messages of the service (errors) and the pages. */
export const personText = {
  regionOutOfScope: { fr: 'Région inconnue ou hors de votre portée.', en: 'Unknown region or outside your scope.' },
  mrcElsewhere: { fr: "Cette MRC n'est pas dans la région choisie.", en: 'This RCM is not in the chosen region.' },
  bornInFuture: {
    fr: 'La date de naissance ne peut pas être future.',
    en: 'The date of birth cannot be in the future.',
  },
  expiresBeforeObtained: {
    fr: "La fin de validité doit suivre l'obtention du statut.",
    en: 'The status must expire after it was obtained.',
  },
  householdPersonUnknown: {
    fr: 'Personne introuvable : choisissez une personne de votre portée.',
    en: 'Person not found: choose a person within your scope.',
  },
  possibleDuplicate: {
    fr: 'Une personne semblable, née le même jour, existe déjà. Vérifiez les personnes proposées ou confirmez qu’il s’agit d’une autre personne.',
    en: 'A similar person, born the same day, already exists. Check the persons listed or confirm this is a different person.',
  },
  duplicateElsewhere: {
    fr: 'Une personne semblable, née le même jour, existe déjà hors de votre portée (autre région ou point de services). Confirmez qu’il s’agit d’une autre personne, ou communiquez avec cette région.',
    en: 'A similar person, born the same day, already exists outside your scope (another region or service point). Confirm this is a different person, or contact that region.',
  },
  badCursor: { fr: 'Page inconnue : recommencez la liste.', en: 'Unknown page: start the list again.' },
  listTitle: { fr: 'Personnes', en: 'Persons' },
  newTitle: { fr: 'Nouvelle personne', en: 'New person' },
  editTitle: { fr: 'Modifier les renseignements', en: 'Edit the information' },
  add: { fr: 'Nouvelle personne', en: 'New person' },
  search: { fr: 'Rechercher', en: 'Search' },
  searchLabel: { fr: 'Rechercher une personne', en: 'Search for a person' },
  qHint: {
    fr: 'Accents et fautes de frappe tolérés ; numéro de dossier (AQ-…) ; date de naissance (AAAA-MM-JJ).',
    en: 'Accents and typos tolerated; dossier number (AQ-…); date of birth (YYYY-MM-DD).',
  },
  none: { fr: 'Aucune personne trouvée.', en: 'No person found.' },
  next: { fr: 'Suivant', en: 'Next' },
  first: { fr: 'Retour au début de la liste', en: 'Back to the start of the list' },
  name: { fr: 'Nom', en: 'Name' },
  open: { fr: 'Ouvrir', en: 'Open' },
  saved: { fr: 'Les renseignements ont été enregistrés.', en: 'The information was saved.' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  edit: { fr: 'Modifier les renseignements', en: 'Edit the information' },
  sectionIdentity: { fr: 'Identité', en: 'Identity' },
  sectionOrigin: { fr: 'Origine et langues', en: 'Origin and languages' },
  sectionFrench: {
    fr: 'Niveau de français (échelle québécoise, 1 à 12)',
    en: 'French level (Québec scale, 1 to 12)',
  },
  sectionImmigration: { fr: 'Immigration', en: 'Immigration' },
  sectionSettlement: { fr: 'Établissement', en: 'Settlement' },
  sectionContact: { fr: 'Coordonnées', en: 'Contact details' },
  sectionHousehold: { fr: 'Ménage', en: 'Household' },
  sectionDossiers: { fr: 'Dossiers', en: 'Dossiers' },
  multipleHint: {
    fr: 'Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.',
    en: 'Hold Ctrl (or Cmd) to choose several.',
  },
  householdHint: {
    fr: "Identifiant d'une personne déjà inscrite dont elle fait partie du ménage (voir « Ajouter un membre du ménage » sur la page de cette personne).",
    en: 'Identifier of a person already recorded whose household this person belongs to (see “Add a household member” on that person’s page).',
  },
  candidatesTitle: { fr: 'Personnes semblables déjà inscrites', en: 'Similar persons already recorded' },
  candidatesIntro: {
    fr: 'Ces personnes ont la même date de naissance et un nom semblable. Ouvrez leur page pour vérifier.',
    en: 'These persons have the same date of birth and a similar name. Open their page to check.',
  },
  candidatesElsewhere: {
    fr: 'Une personne semblable existe aussi hors de votre portée (autre région ou point de services).',
    en: 'A similar person also exists outside your scope (another region or service point).',
  },
  born: { fr: 'née ou né le', en: 'born' },
  noHousehold: { fr: 'Aucun autre membre du ménage.', en: 'No other household member.' },
  addMember: { fr: 'Ajouter un membre du ménage', en: 'Add a household member' },
  noDossier: { fr: 'Aucun dossier.', en: 'No dossier.' },
  openDossier: { fr: 'Ouvrir un dossier', en: 'Open a dossier' },
  consents: { fr: 'Consentements', en: 'Consents' },
  rightOfAccess: { fr: 'Droit d’accès (Loi 25)', en: 'Right of access (Loi 25)' },
  accessLog: { fr: 'Qui a consulté ce dossier', en: 'Who read this file' },
  number: { fr: 'Numéro', en: 'Number' },
  status: { fr: 'État', en: 'Status' },
  relation: { fr: 'Lien', en: 'Relation' },
  openedOn: { fr: 'Ouvert le', en: 'Opened on' },
  address: { fr: 'Adresse', en: 'Address' },
  notAssessed: { fr: 'Non évalué', en: 'Not assessed' },
} satisfies Record<string, L>
