import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { needPriorities, needStatuses, volets } from './need.schema.js'

type Texts = Record<string, Localized>

/** The four volets of the individualized action plan, as the ministry names them. */
export const voletLabels: Record<(typeof volets)[number], Localized> = {
  installation: { fr: 'Installation', en: 'Settling in' },
  francisation: { fr: 'Francisation', en: 'French language learning' },
  employment: { fr: 'Intégration au marché de l’emploi', en: 'Integration into the job market' },
  community: { fr: 'Intégration à la collectivité', en: 'Integration into the community' },
}

export const priorityLabels: Record<(typeof needPriorities)[number], Localized> = {
  high: { fr: 'Haute', en: 'High' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  low: { fr: 'Basse', en: 'Low' },
}

export const needStatusLabels: Record<(typeof needStatuses)[number], Localized> = {
  identified: { fr: 'Identifié', en: 'Identified' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  met: { fr: 'Comblé', en: 'Met' },
  dropped: { fr: 'Abandonné', en: 'Dropped' },
}

/** Texts of the needs assessment (on the dossier's needs and plan page). */
export const needText = {
  assessTitle: { fr: 'Évaluation des besoins', en: 'Needs assessment' },
  assessIntro: {
    fr: 'Cochez les besoins de la personne et donnez à chacun une priorité.',
    en: 'Tick the person’s needs and give each one a priority.',
  },
  assessed: { fr: 'Besoin retenu', en: 'Need identified' },
  volet: { fr: 'Volet', en: 'Volet' },
  need: { fr: 'Besoin', en: 'Need' },
  priority: { fr: 'Priorité', en: 'Priority' },
  status: { fr: 'État', en: 'Status' },
  notes: { fr: 'Notes', en: 'Notes' },
  save: { fr: 'Enregistrer les besoins', en: 'Save the needs' },
  saved: { fr: 'Les besoins sont enregistrés.', en: 'The needs are saved.' },
  retiredNeed: { fr: '(retiré du catalogue)', en: '(retired from the catalogue)' },
  none: { fr: 'Aucun besoin n’est encore évalué.', en: 'No need has been assessed yet.' },
} satisfies Texts

/** Why an assessment is refused, per need (the field names the need's code). */
export const needErrors = {
  priorityRequired: {
    fr: 'Choisissez la priorité de ce besoin.',
    en: 'Choose this need’s priority.',
  },
  unknownNeed: {
    fr: 'Ce besoin n’est pas offert dans le catalogue.',
    en: 'This need is not offered in the catalogue.',
  },
  duplicateNeed: { fr: 'Ce besoin est indiqué deux fois.', en: 'This need is listed twice.' },
  hasSteps: {
    fr: 'Des étapes du plan portent sur ce besoin : indiquez plutôt qu’il est abandonné.',
    en: 'Plan steps concern this need: mark it as dropped instead.',
  },
} satisfies Texts

/** Texts of the needs catalogue's administration page. */
export const catalogueText = {
  listTitle: { fr: 'Catalogue des besoins', en: 'Needs catalogue' },
  add: { fr: 'Ajouter un besoin', en: 'Add a need' },
  newTitle: { fr: 'Nouveau besoin', en: 'New need' },
  editTitle: { fr: 'Modifier le besoin', en: 'Edit the need' },
  retireTitle: { fr: 'Retirer le besoin', en: 'Retire the need' },
  retireQuestion: {
    fr: 'Retirer ce besoin du catalogue ? Les dossiers qui l’ont déjà gardent leur évaluation.',
    en: 'Retire this need from the catalogue? Dossiers that already have it keep their assessment.',
  },
  retire: { fr: 'Retirer', en: 'Retire' },
  saved: { fr: 'Le catalogue est enregistré.', en: 'The catalogue is saved.' },
  code: { fr: 'Code', en: 'Code' },
  codeHint: {
    fr: 'En anglais, minuscules et soulignés (ex. housing) ; il ne change plus ensuite.',
    en: 'In English, lower case and underscores (e.g. housing); it cannot change afterwards.',
  },
  volet: { fr: 'Volet', en: 'Volet' },
  labelFr: { fr: 'Libellé en français', en: 'French label' },
  labelEn: { fr: 'Libellé en anglais', en: 'English label' },
  sortOrder: { fr: 'Ordre d’affichage', en: 'Display order' },
  validFrom: { fr: 'En vigueur depuis', en: 'In force since' },
  validTo: { fr: 'Retiré le', en: 'Retired on' },
  state: { fr: 'État', en: 'Status' },
  active: { fr: 'En vigueur', en: 'In force' },
  retired: { fr: 'Retiré', en: 'Retired' },
  actions: { fr: 'Actions', en: 'Actions' },
  edit: { fr: 'Modifier', en: 'Edit' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  none: { fr: 'Aucun besoin dans ce volet.', en: 'No need in this volet.' },
  codeTaken: { fr: 'Un besoin porte déjà ce code.', en: 'A need already has this code.' },
  codeFormat: {
    fr: 'Lettres minuscules, chiffres et soulignés, commençant par une lettre.',
    en: 'Lower-case letters, digits and underscores, starting with a letter.',
  },
  retireAfterStart: {
    fr: 'La date de retrait doit suivre la date d’entrée en vigueur.',
    en: 'The retirement date must come after the start date.',
  },
} satisfies Texts

/**
 * What the audit journal calls this feature's actions and records. An assessment writes one `need.assessed` event
 * listing the needs added, and one `need.updated` event listing the needs changed or removed, per save (not one per
 * need): the journal says what a save did without a row per checkbox.
 */
export const needAuditLabels: AuditVocabulary = {
  actions: {
    'need.assessed': { fr: 'Évaluation des besoins', en: 'Needs assessed' },
    'need.updated': { fr: 'Modification des besoins', en: 'Needs changed' },
    'need.viewed': { fr: 'Consultation des besoins', en: 'Needs viewed' },
    'need_catalogue.created': { fr: 'Ajout au catalogue des besoins', en: 'Need added to the catalogue' },
    'need_catalogue.updated': { fr: 'Modification du catalogue des besoins', en: 'Needs catalogue changed' },
    'need_catalogue.retired': { fr: 'Retrait d’un besoin du catalogue', en: 'Need retired from the catalogue' },
  },
  entities: {
    need_catalogue: { fr: 'Catalogue des besoins', en: 'Needs catalogue' },
  },
}
