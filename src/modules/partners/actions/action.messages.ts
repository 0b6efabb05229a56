import type { Localized } from '../../../platform/errors.js'

/** Texts of the action kinds catalogue (admins). */
export const kindText = {
  listTitle: { fr: 'Types d’actions locales', en: 'Local action kinds' },
  intro: {
    fr: 'Les types proposés pour les actions locales financées. Un type retiré reste sur les actions déjà tenues ; il n’est plus offert pour les actions qui commencent après son retrait.',
    en: 'The kinds offered for funded local actions. A retired kind stays on actions already held; it is no longer offered for actions starting after it was retired.',
  },
  add: { fr: 'Ajouter un type', en: 'Add a kind' },
  newTitle: { fr: 'Nouveau type d’action', en: 'New action kind' },
  editTitle: { fr: 'Renommer le type d’action', en: 'Rename the action kind' },
  retireTitle: { fr: 'Retirer le type d’action', en: 'Retire the action kind' },
  retireQuestion: {
    fr: 'À partir de quelle date ce type ne sera-t-il plus offert aux nouvelles actions ?',
    en: 'From which date will this kind no longer be offered to new actions?',
  },
  code: { fr: 'Code', en: 'Code' },
  codeHint: {
    fr: 'Facultatif : lettres minuscules, chiffres et « _ ». Laissé vide, il est tiré du nom français.',
    en: 'Optional: lower-case letters, digits and "_". Left empty, it is made from the French name.',
  },
  codeFormat: {
    fr: 'Le code commence par une lettre et ne contient que des lettres minuscules, des chiffres et « _ ».',
    en: 'The code starts with a letter and holds only lower-case letters, digits and "_".',
  },
  codeTaken: { fr: 'Ce code est déjà utilisé.', en: 'This code is already in use.' },
  nameFr: { fr: 'Nom en français', en: 'French name' },
  nameEn: { fr: 'Nom en anglais', en: 'English name' },
  sortOrder: { fr: 'Ordre d’affichage', en: 'Display order' },
  validFrom: { fr: 'En vigueur depuis', en: 'In force from' },
  validTo: { fr: 'Retiré le', en: 'Retired on' },
  state: { fr: 'État', en: 'State' },
  actions: { fr: 'Actions', en: 'Actions' },
  active: { fr: 'En vigueur', en: 'In force' },
  retired: { fr: 'Retiré', en: 'Retired' },
  rename: { fr: 'Renommer', en: 'Rename' },
  retire: { fr: 'Retirer', en: 'Retire' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  saved: { fr: 'Le catalogue a été enregistré.', en: 'The catalogue was saved.' },
  retireAfterStart: {
    fr: 'La date de retrait doit suivre la date d’entrée en vigueur.',
    en: 'The retirement date must come after the date the kind came into force.',
  },
} satisfies Record<string, Localized>

/** Texts of the local actions' pages. */
export const actionText = {
  nav: { fr: 'Actions locales', en: 'Local actions' },
  listTitle: { fr: 'Actions locales financées', en: 'Funded local actions' },
  newTitle: { fr: 'Nouvelle action locale', en: 'New local action' },
  editTitle: { fr: 'Modifier l’action locale', en: 'Edit the local action' },
  removeTitle: { fr: 'Supprimer l’action locale', en: 'Remove the local action' },
  removeQuestion: {
    fr: 'Supprimer cette action ? Elle ne sera plus comptée dans les bilans.',
    en: 'Remove this action? It will no longer be counted in reports.',
  },
  add: { fr: 'Ajouter une action', en: 'Add an action' },
  edit: { fr: 'Modifier', en: 'Edit' },
  remove: { fr: 'Supprimer', en: 'Remove' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  back: { fr: 'Retour à la liste', en: 'Back to the list' },
  saved: { fr: 'L’action a été enregistrée.', en: 'The action was saved.' },
  removed: { fr: 'L’action a été supprimée.', en: 'The action was removed.' },
  none: { fr: 'Aucune action ne correspond.', en: 'No action matches.' },
  filters: { fr: 'Filtrer les actions', en: 'Filter actions' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  allKinds: { fr: 'Tous les types', en: 'All kinds' },
  allMrcs: { fr: 'Toutes les MRC', en: 'All MRCs' },
  allRegions: { fr: 'Toutes les régions', en: 'All regions' },
  q: { fr: 'Entente ou organisme', en: 'Agreement or organization' },
  qHint: {
    fr: 'Numéro ou titre de l’entente, nom de l’organisme.',
    en: 'Agreement number or title, organization name.',
  },
  from: { fr: 'Du', en: 'From' },
  to: { fr: 'Au', en: 'To' },
  summary: { fr: 'Actions par type', en: 'Actions by kind' },
  summaryNone: { fr: 'Aucune action dans cette sélection.', en: 'No action in this selection.' },
  count: { fr: 'Actions', en: 'Actions' },
  list: { fr: 'Liste des actions', en: 'List of actions' },
  next: { fr: 'Actions suivantes', en: 'Next actions' },
  noAgreement: {
    fr: 'Aucune entente signée ou en cours dans votre région : une action locale se rattache à une entente.',
    en: 'No signed or ongoing agreement in your region: a local action belongs to an agreement.',
  },
  agreementHint: {
    fr: 'Les ententes signées ou en cours de votre région.',
    en: 'The signed or ongoing agreements of your region.',
  },
  datesHint: {
    fr: 'Pendant la période de l’entente. Format AAAA-MM-JJ.',
    en: 'Within the agreement’s period. Format YYYY-MM-DD.',
  },
  participantsHint: { fr: 'Nombre entier, 0 ou plus.', en: 'Whole number, 0 or more.' },
  reported: { fr: 'Déclarée dans un rapport de l’organisme', en: 'Declared in a report of the organization' },
  yes: { fr: 'Oui', en: 'Yes' },
  otherKinds: {
    fr: 'Types hors vigueur aujourd’hui (pour des actions d’autres dates)',
    en: 'Kinds not in force today (for actions of other dates)',
  },
} satisfies Record<string, Localized>

/** Field labels of an action (forms, details, column heads, import problems). */
export const actionFieldLabels = {
  agreementId: { fr: 'Entente', en: 'Agreement' },
  agreementReference: { fr: 'Entente', en: 'Agreement' },
  organization: { fr: 'Organisme', en: 'Organization' },
  regionCode: { fr: 'Région', en: 'Region' },
  kindCode: { fr: 'Type d’action', en: 'Action kind' },
  kind: { fr: 'Type d’action', en: 'Action kind' },
  title: { fr: 'Titre', en: 'Title' },
  description: { fr: 'Description', en: 'Description' },
  startOn: { fr: 'Date de début', en: 'Start date' },
  endOn: { fr: 'Date de fin', en: 'End date' },
  date: { fr: 'Date', en: 'Date' },
  municipality: { fr: 'Municipalité', en: 'Municipality' },
  mrcCode: { fr: 'MRC', en: 'MRC' },
  mrc: { fr: 'MRC', en: 'MRC' },
  immigrantParticipants: { fr: 'Participants immigrants', en: 'Immigrant participants' },
  totalParticipants: { fr: 'Participants au total', en: 'Total participants' },
  participants: { fr: 'Participants (immigrants / total)', en: 'Participants (immigrants / total)' },
  partnersInvolved: { fr: 'Partenaires associés', en: 'Partners involved' },
} satisfies Record<string, Localized>

/** The action form's note when it offers only the first agreements. */
export const firstAgreementsHint = (n: string): Localized => ({
  fr: `Seules les ${n} premières ententes, par numéro, sont offertes.`,
  en: `Only the first ${n} agreements, by reference, are offered.`,
})
