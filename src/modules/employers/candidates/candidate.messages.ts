import type { Localized } from '../../../platform/errors.js'
import type { credentialStatuses, workPermits } from './candidate.schema.js'

/** Texts of the candidate profiles (pages, errors). */
export const candidateText = {
  listTitle: { fr: 'Profils de candidats', en: 'Candidate profiles' },
  intro: {
    fr: 'Les personnes accompagnées qui ont consenti au jumelage avec des offres d’emploi, de votre territoire ou prêtes à s’y installer.',
    en: 'Accompanied persons who consented to job matching, from your territory or willing to move there.',
  },
  newTitle: { fr: 'Nouveau profil de candidat', en: 'New candidate profile' },
  editTitle: { fr: 'Modifier le profil de candidat', en: 'Edit the candidate profile' },
  viewTitle: { fr: 'Profil de candidat', en: 'Candidate profile' },
  none: { fr: 'Aucun profil ne correspond.', en: 'No profile matches.' },
  filters: { fr: 'Filtrer les profils', en: 'Filter the profiles' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  q: { fr: 'Nom ou code CNP', en: 'Name or NOC code' },
  edit: { fr: 'Modifier', en: 'Edit' },
  close: { fr: 'Fermer le profil', en: 'Close the profile' },
  reopen: { fr: 'Rouvrir le profil', en: 'Reopen the profile' },
  closeQuestion: {
    fr: 'Fermer ce profil ? Il ne sera plus proposé aux entreprises (la personne a trouvé un emploi ou ne cherche plus).',
    en: 'Close this profile? It will no longer be offered to enterprises (the person found work or stopped looking).',
  },
  offers: { fr: 'Offres correspondantes', en: 'Matching job offers' },
  saved: { fr: 'Le profil a été enregistré.', en: 'The profile was saved.' },
  closedNotice: { fr: 'Ce profil est fermé.', en: 'This profile is closed.' },
  status: { fr: 'État', en: 'Status' },
  open: { fr: 'Ouvert', en: 'Open' },
  closed: { fr: 'Fermé', en: 'Closed' },
  none_: { fr: 'Aucune', en: 'None' },
  consentMissing: {
    fr: 'La personne n’a pas consenti au jumelage avec des offres d’emploi.',
    en: 'The person has not consented to job matching.',
  },
  consentWithdrawn: {
    fr: 'Le consentement de la personne au jumelage avec des offres d’emploi n’est pas en vigueur (absent, retiré ou expiré) : le profil n’est pas affiché.',
    en: 'The person’s consent to job matching is not in force (missing, withdrawn or expired): the profile is not shown.',
  },
  consentsLink: { fr: 'Consentements de la personne', en: 'The person’s consents' },
  profileExists: {
    fr: 'Cette personne a déjà un profil de candidat.',
    en: 'This person already has a candidate profile.',
  },
  seeProfile: { fr: 'Voir son profil', en: 'See the profile' },
  personUnknown: {
    fr: 'Personne introuvable ou hors de votre territoire.',
    en: 'Person not found or outside your territory.',
  },
  choosePerson: {
    fr: 'Un profil se crée depuis la fiche de la personne, section « Jumelage avec des offres d’emploi » :',
    en: 'A profile is created from the person’s file, section “Job matching”:',
  },
  findPerson: { fr: 'trouver la personne', en: 'find the person' },
  cnpFormat: {
    fr: 'De 1 à 5 professions : codes CNP de 5 chiffres ou titres, séparés par des virgules (ex. 95106, 65201).',
    en: '1 to 5 occupations: five-digit NOC codes or titles, separated by commas (e.g. 95106, 65201).',
  },
  regionOutOfScope: {
    fr: 'Région hors de votre territoire (ni la région actuelle ni une région de mobilité n’en fait partie).',
    en: 'Region outside your territory (neither the current region nor a mobility region is in it).',
  },
  regionUnknown: { fr: 'Région inconnue.', en: 'Unknown region.' },
  mrcElsewhere: { fr: 'Choisissez une MRC de la région actuelle.', en: 'Choose an MRC of the current region.' },
  frenchHint: {
    fr: 'Échelle québécoise (1 à 12). Prérempli avec le plus faible des niveaux oraux déclarés de la personne.',
    en: 'Québec scale (1 to 12). Prefilled with the lower of the person’s declared oral levels.',
  },
  cnpHint: {
    fr: 'De 1 à 5 codes CNP 2021 (groupes de base), du plus recherché au moins recherché.',
    en: '1 to 5 NOC 2021 codes (unit groups), most wanted first.',
  },
  mobilityHint: {
    fr: 'Les régions où la personne accepterait de s’installer (plusieurs choix possibles).',
    en: 'The regions the person would move to (several choices allowed).',
  },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
} satisfies Record<string, Localized>

/** Labels of the profile's fields (forms, details, error summary). */
export const candidateFields: Record<string, Localized> = {
  personId: { fr: 'Personne', en: 'Person' },
  person: { fr: 'Personne', en: 'Person' },
  targetCnpCodes: { fr: 'Professions recherchées (CNP)', en: 'Target occupations (NOC)' },
  experienceYears: { fr: 'Années d’expérience', en: 'Years of experience' },
  frenchLevel: { fr: 'Niveau de français', en: 'French level' },
  credentialStatus: { fr: 'Reconnaissance des diplômes et compétences', en: 'Credential recognition' },
  workPermit: { fr: 'Permis de travail', en: 'Work permit' },
  availableOn: { fr: 'Disponible à partir du', en: 'Available from' },
  currentRegionCode: { fr: 'Région actuelle', en: 'Current region' },
  currentMrcCode: { fr: 'MRC actuelle', en: 'Current MRC' },
  mobilityRegionCodes: { fr: 'Régions de mobilité', en: 'Regions they would move to' },
  notes: { fr: 'Notes', en: 'Notes' },
  status: { fr: 'État', en: 'Status' },
}

/** Where the recognition of the person's credentials stands. */
export const credentialStatusLabels: Record<(typeof credentialStatuses)[number], Localized> = {
  not_needed: { fr: 'Non requise', en: 'Not needed' },
  not_started: { fr: 'Non commencée', en: 'Not started' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  recognized: { fr: 'Obtenue', en: 'Recognized' },
  refused: { fr: 'Refusée', en: 'Refused' },
}

/** What the person's status lets them accept. */
export const workPermitLabels: Record<(typeof workPermits)[number], Localized> = {
  permanent: { fr: 'Résidence permanente (tout emploi)', en: 'Permanent residence (any job)' },
  open_permit: { fr: 'Permis de travail ouvert', en: 'Open work permit' },
  employer_specific: { fr: 'Permis lié à un employeur', en: 'Employer-specific permit' },
  none: { fr: 'Aucun permis de travail', en: 'No work permit' },
}

/** Texts of the candidate-profile section on the person's page (people module). */
export const personSectionText = {
  title: { fr: 'Jumelage avec des offres d’emploi', en: 'Job matching' },
  noProfile: { fr: 'Cette personne n’a pas de profil de candidat.', en: 'This person has no candidate profile.' },
  hasProfile: { fr: 'Cette personne a un profil de candidat', en: 'This person has a candidate profile' },
  create: { fr: 'Créer un profil de candidat', en: 'Create a candidate profile' },
  consentFirst: {
    fr: 'Pour créer un profil, enregistrez d’abord son consentement au jumelage avec des offres d’emploi.',
    en: 'To create a profile, first record the person’s consent to job matching.',
  },
} satisfies Record<string, Localized>

/** Texts of the chooser of a person for a new candidate profile. */
export const chooserText = {
  intro: {
    fr: 'Choisissez une personne de votre territoire qui a consenti au jumelage avec des offres d’emploi et n’a pas encore de profil.',
    en: 'Choose a person of your territory who consented to job matching and has no profile yet.',
  },
  name: { fr: 'Nom de la personne', en: 'The person’s name' },
  search: { fr: 'Chercher', en: 'Search' },
  listTitle: { fr: 'Personnes sans profil', en: 'Persons without a profile' },
  none: {
    fr: 'Aucune personne ne correspond : son consentement au jumelage doit d’abord être enregistré dans sa fiche.',
    en: 'No person matches: their consent to job matching must first be recorded in their file.',
  },
} satisfies Record<string, Localized>
