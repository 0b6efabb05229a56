import type { Localized } from '../../../platform/errors.js'
import type { employmentTypes, labourNeedStatuses, wageUnits } from './labour-need.schema.js'

// Texts of the labour-needs feature, every one in French and English.

/** Labels of the form's fields and of the details' rows. */
export const needFieldLabels = {
  enterpriseId: { fr: 'Entreprise', en: 'Enterprise' },
  title: { fr: 'Titre du poste', en: 'Position title' },
  cnpCode: { fr: 'Profession (CNP 2021)', en: 'Occupation (NOC 2021)' },
  positions: { fr: 'Nombre de postes', en: 'Number of positions' },
  frenchLevel: { fr: 'Niveau de français requis (1 à 12)', en: 'French level required (1 to 12)' },
  otherLanguages: { fr: 'Autres langues requises', en: 'Other languages required' },
  experienceYears: { fr: 'Années d’expérience', en: 'Years of experience' },
  regulatedProfession: { fr: 'Profession réglementée', en: 'Regulated profession' },
  credentialRequired: { fr: 'Diplôme ou permis exigé', en: 'Credential required' },
  wage: { fr: 'Salaire offert ($)', en: 'Wage offered ($)' },
  wageUnit: { fr: 'Salaire par', en: 'Wage per' },
  employmentType: { fr: 'Type d’emploi', en: 'Employment type' },
  city: { fr: 'Municipalité du poste', en: 'Municipality of the position' },
  mrcCode: { fr: 'MRC du poste', en: 'RCM of the position' },
  startOn: { fr: 'Date d’entrée en fonction', en: 'Start date' },
  status: { fr: 'État', en: 'Status' },
  description: { fr: 'Description', en: 'Description' },
  teer: { fr: 'FEER', en: 'TEER' },
  region: { fr: 'Région', en: 'Region' },
  mrc: { fr: 'MRC', en: 'RCM' },
  category: { fr: 'Grande catégorie CNP', en: 'NOC broad category' },
  q: { fr: 'Rechercher', en: 'Search' },
  requirements: { fr: 'Exigences', en: 'Requirements' },
} satisfies Record<string, Localized>

export const statusLabels: Record<(typeof labourNeedStatuses)[number], Localized> = {
  open: { fr: 'Ouvert', en: 'Open' },
  partially_filled: { fr: 'Partiellement pourvu', en: 'Partially filled' },
  filled: { fr: 'Pourvu', en: 'Filled' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
}

export const employmentTypeLabels: Record<(typeof employmentTypes)[number], Localized> = {
  permanent: { fr: 'Permanent', en: 'Permanent' },
  temporary: { fr: 'Temporaire', en: 'Temporary' },
  seasonal: { fr: 'Saisonnier', en: 'Seasonal' },
}

export const wageUnitLabels: Record<(typeof wageUnits)[number], Localized> = {
  hour: { fr: 'heure', en: 'hour' },
  year: { fr: 'année', en: 'year' },
}

/** The other texts of the pages. */
export const needText = {
  listTitle: { fr: 'Besoins de main-d’œuvre', en: 'Labour needs' },
  newTitle: { fr: 'Nouveau besoin de main-d’œuvre', en: 'New labour need' },
  editTitle: { fr: 'Modifier le besoin de main-d’œuvre', en: 'Edit the labour need' },
  add: { fr: 'Nouveau besoin', en: 'New need' },
  edit: { fr: 'Modifier', en: 'Edit' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  back: { fr: 'Retour aux besoins de main-d’œuvre', en: 'Back to labour needs' },
  filters: { fr: 'Filtrer les besoins', en: 'Filter the needs' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  qHint: { fr: 'Titre du poste ou nom de l’entreprise', en: 'Position title or enterprise name' },
  allStatuses: { fr: 'Tous les états', en: 'All statuses' },
  allCategories: { fr: 'Toutes les catégories', en: 'All categories' },
  allRegions: { fr: 'Toutes les régions', en: 'All regions' },
  allMrcs: { fr: 'Toutes les MRC', en: 'All RCMs' },
  none: { fr: 'Aucun besoin ne correspond à ces critères.', en: 'No need matches these criteria.' },
  list: { fr: 'Besoins', en: 'Needs' },
  next: { fr: 'Besoins suivants', en: 'Next needs' },
  saved: { fr: 'Le besoin de main-d’œuvre est enregistré.', en: 'The labour need is saved.' },
  ranked: { fr: 'Candidats classés', en: 'Ranked candidates' },
  enterpriseLink: { fr: 'Voir l’entreprise', en: 'See the enterprise' },
  chooseEnterprise: {
    fr: 'Un besoin se crée depuis la page de son entreprise : ouvrez l’entreprise, puis « Nouveau besoin ».',
    en: 'A need is created from its enterprise’s page: open the enterprise, then “New need”.',
  },
  wageHint: {
    fr: 'En dollars, ex. 22,50 ou 48 000.',
    en: 'In dollars, e.g. 22.50 or 48,000.',
  },
  locationHint: {
    fr: 'Laissé vide : celle de l’entreprise.',
    en: 'Left blank: the enterprise’s.',
  },
  languagesHint: {
    fr: 'Ctrl ou Cmd pour en choisir plusieurs.',
    en: 'Ctrl or Cmd to choose several.',
  },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  sectionTitle: { fr: 'Besoins de main-d’œuvre', en: 'Labour needs' },
  sectionNone: { fr: 'Aucun besoin de main-d’œuvre.', en: 'No labour need.' },
  positionsShort: { fr: 'Postes', en: 'Positions' },
  enterprise: { fr: 'Entreprise', en: 'Enterprise' },
  location: { fr: 'Lieu', en: 'Location' },
  keepsEnterprise: { fr: 'Un besoin ne change pas d’entreprise.', en: 'A need keeps its enterprise.' },
  mrcOfRegion: {
    fr: 'Choisissez une MRC de la région de l’entreprise.',
    en: 'Choose an RCM of the enterprise’s region.',
  },
  statusMove: (from: Localized, to: Localized): Localized => ({
    fr: `Un besoin « ${from.fr} » ne peut passer à « ${to.fr} ».`,
    en: `A need that is “${from.en}” cannot become “${to.en}”.`,
  }),
}
