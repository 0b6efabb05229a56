import type { AuditVocabulary } from '../access/index.js'
import type { Localized } from '../../platform/errors.js'
import type { hostKinds } from './service-points/service-point.schema.js'
import type { staffRoles } from './staff/staff.schema.js'

type L = Localized

export const hostKindLabels: Record<(typeof hostKinds)[number], L> = {
  services_quebec: { fr: 'Services Québec', en: 'Services Québec' },
  mtess: {
    fr: 'Ministère du Travail, de l’Emploi et de la Solidarité sociale',
    en: 'Ministère du Travail, de l’Emploi et de la Solidarité sociale',
  },
  mifi: { fr: 'Bureau du MIFI', en: 'MIFI office' },
  partner: { fr: 'Organisme partenaire', en: 'Partner organization' },
  other: { fr: 'Autre', en: 'Other' },
}

export const staffRoleLabels: Record<(typeof staffRoles)[number], L> = {
  advisor: { fr: 'Conseiller·ère en immigration régionale', en: 'Regional immigration advisor' },
  agent: { fr: "Agent·e d'aide à l'intégration", en: 'Integration support agent' },
  director: { fr: 'Direction', en: 'Management' },
  admin: { fr: 'Administration', en: 'Administration' },
  support: { fr: 'Soutien', en: 'Support' },
}

export const spText = {
  listTitle: { fr: 'Points de services', en: 'Service points' },
  newTitle: { fr: 'Nouveau point de services', en: 'New service point' },
  editTitle: { fr: 'Modifier le point de services', en: 'Edit service point' },
  add: { fr: 'Ajouter un point de services', en: 'Add a service point' },
  none: { fr: 'Aucun point de services.', en: 'No service points.' },
  saved: { fr: 'Point de services enregistré.', en: 'Service point saved.' },
} satisfies Record<string, L>

export const staffText = {
  listTitle: { fr: 'Personnel', en: 'Staff' },
  newTitle: { fr: 'Nouveau membre du personnel', en: 'New staff member' },
  editTitle: { fr: 'Modifier le membre du personnel', en: 'Edit staff member' },
  add: { fr: 'Ajouter un membre du personnel', en: 'Add a staff member' },
  none: { fr: 'Aucun membre du personnel.', en: 'No staff members.' },
  saved: { fr: 'Membre du personnel enregistré.', en: 'Staff member saved.' },
  noServicePoint: { fr: '— Aucun —', en: '— None —' },
  account: {
    title: { fr: 'Compte Escale', en: 'Escale account' },
    none: { fr: "Ce membre du personnel n'a pas de compte.", en: 'This staff member has no account.' },
    scope: { fr: 'Portée des accès', en: 'Access scope' },
    scopeRegion: { fr: 'Toute la région', en: 'The whole region' },
    scopeServicePoint: { fr: 'Son point de services', en: 'Their service point' },
    create: { fr: 'Créer le compte', en: 'Create account' },
    password: { fr: 'Mot de passe', en: 'Password' },
    created: {
      fr: 'Compte créé. Remettez ce mot de passe à la personne ; il ne sera plus affiché.',
      en: 'Account created. Give this password to the person; it will not be shown again.',
    },
    active: { fr: 'Le compte est actif.', en: 'The account is active.' },
    disabled: { fr: 'Le compte est désactivé.', en: 'The account is disabled.' },
    disable: { fr: 'Désactiver le compte', en: 'Disable account' },
    enable: { fr: 'Réactiver le compte', en: 'Re-enable account' },
    reset: { fr: 'Réinitialiser le mot de passe', en: 'Reset password' },
    resetDone: {
      fr: 'Nouveau mot de passe. Remettez-le à la personne ; il ne sera plus affiché.',
      en: 'New password. Give it to the person; it will not be shown again.',
    },
    confirmDisable: {
      fr: 'Désactiver le compte {de name} ? Ses sessions ouvertes prendront fin.',
      en: "Disable {name}'s account? Their open sessions will end.",
    },
    confirmReset: {
      fr: 'Réinitialiser le mot de passe {de name} ? L’ancien ne fonctionnera plus et ses sessions prendront fin.',
      en: "Reset {name}'s password? The old one will stop working and their sessions will end.",
    },
    disabledDone: { fr: 'Compte désactivé.', en: 'Account disabled.' },
    enabledDone: { fr: 'Compte réactivé.', en: 'Account re-enabled.' },
  },
}

/** Field labels shared by forms, tables and error summaries. */
export const fieldLabels: Record<string, L> = {
  regionCode: { fr: 'Région', en: 'Region' },
  name: { fr: 'Nom', en: 'Name' },
  hostKind: { fr: "Type d'établissement hôte", en: 'Host office type' },
  hostName: { fr: 'Établissement hôte', en: 'Host office' },
  streetAddress: { fr: 'Adresse', en: 'Address' },
  city: { fr: 'Ville', en: 'City' },
  postalCode: { fr: 'Code postal', en: 'Postal code' },
  hoursFr: { fr: "Heures d'ouverture (français)", en: 'Opening hours (French)' },
  hoursEn: { fr: "Heures d'ouverture (anglais)", en: 'Opening hours (English)' },
  validFrom: { fr: 'En vigueur à partir du', en: 'In force from' },
  validTo: { fr: "En vigueur jusqu'au (exclu)", en: 'In force until (exclusive)' },
  fullName: { fr: 'Nom complet', en: 'Full name' },
  role: { fr: 'Fonction', en: 'Role' },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  servicePointId: { fr: 'Point de services', en: 'Service point' },
  status: { fr: 'État', en: 'Status' },
  active: { fr: 'Actif', en: 'Active' },
  inactive: { fr: 'Inactif', en: 'Inactive' },
  save: { fr: 'Enregistrer', en: 'Save' },
  edit: { fr: 'Modifier', en: 'Edit' },
  open: { fr: 'Consulter', en: 'View' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  filters: { fr: 'Filtres', en: 'Filters' },
  q: { fr: 'Mots recherchés', en: 'Search words' },
  qHint: {
    fr: 'Nom, ville, établissement ou adresse ; les accents sont facultatifs.',
    en: 'Name, city, office or address; accents are optional.',
  },
  allRegions: { fr: 'Toutes les régions', en: 'All regions' },
  onlyActive: { fr: "Seulement ceux en vigueur aujourd'hui", en: 'Only those in force today' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  datesHint: { fr: 'Format AAAA-MM-JJ.', en: 'Format YYYY-MM-DD.' },
}

export const homeText = {
  title: { fr: 'Accueil', en: 'Home' },
  welcome: { fr: 'Bonjour', en: 'Hello' },
  yourRegion: { fr: 'Votre territoire', en: 'Your territory' },
  allRegions: { fr: 'Toutes les régions', en: 'All regions' },
  team: { fr: 'Équipe', en: 'Team' },
} satisfies Record<string, L>

/** What the audit journal calls the territory module's actions and records. */
export const territoryAuditLabels: AuditVocabulary = {
  actions: {
    'service_point.created': { fr: "Création d'un point de services", en: 'Service point created' },
    'service_point.updated': { fr: "Modification d'un point de services", en: 'Service point changed' },
    'staff.created': { fr: "Ajout d'un membre du personnel", en: 'Staff member added' },
    'staff.updated': { fr: "Modification d'un membre du personnel", en: 'Staff member changed' },
    'staff.account_created': {
      fr: "Ouverture du compte d'un membre du personnel",
      en: "Staff member's account opened",
    },
    'staff.account_disabled': {
      fr: "Désactivation du compte d'un membre du personnel",
      en: "Staff member's account disabled",
    },
    'staff.account_enabled': {
      fr: "Réactivation du compte d'un membre du personnel",
      en: "Staff member's account re-enabled",
    },
    'staff.password_reset': {
      fr: "Réinitialisation du mot de passe d'un membre du personnel",
      en: "Staff member's password reset",
    },
    'directorate.created': { fr: "Création d'une direction régionale", en: 'Regional directorate created' },
    'contact_channel.created': { fr: "Ajout d'un moyen de contact", en: 'Contact channel added' },
  },
  entities: {
    service_point: { fr: 'Point de services', en: 'Service point' },
    staff: { fr: 'Membre du personnel', en: 'Staff member' },
    directorate: { fr: 'Direction régionale', en: 'Regional directorate' },
    contact_channel: { fr: 'Moyen de contact', en: 'Contact channel' },
  },
}
