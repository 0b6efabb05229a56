import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { stepResponsibles, stepStatuses } from './plan.schema.js'

type Texts = Record<string, Localized>

export const responsibleLabels: Record<(typeof stepResponsibles)[number], Localized> = {
  person: { fr: 'La personne', en: 'The person' },
  agent: { fr: 'L’agent·e', en: 'The agent' },
  partner: { fr: 'Un organisme partenaire', en: 'A partner organization' },
}

export const stepStatusLabels: Record<(typeof stepStatuses)[number], Localized> = {
  planned: { fr: 'Prévue', en: 'Planned' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Réalisée', en: 'Done' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
}

/** Texts of the needs and plan page (the plan's part). */
export const planText = {
  pageTitle: { fr: 'Besoins et plan d’action', en: 'Needs and action plan' },
  dossier: { fr: 'Dossier', en: 'Dossier' },
  planTitle: { fr: 'Plan d’action individualisé', en: 'Individualized action plan' },
  noSteps: { fr: 'Le plan ne compte encore aucune étape.', en: 'The plan has no step yet.' },
  noNeedsYet: {
    fr: 'Évaluez d’abord les besoins : chaque étape du plan porte sur un besoin retenu.',
    en: 'Assess the needs first: each step of the plan concerns an identified need.',
  },
  addTitle: { fr: 'Ajouter une étape', en: 'Add a step' },
  add: { fr: 'Ajouter l’étape', en: 'Add the step' },
  added: { fr: 'L’étape est ajoutée au plan.', en: 'The step is added to the plan.' },
  updated: { fr: 'L’étape est modifiée.', en: 'The step is changed.' },
  needId: { fr: 'Besoin', en: 'Need' },
  action: { fr: 'Action', en: 'Action' },
  responsible: { fr: 'Responsable', en: 'Responsible' },
  organizationId: { fr: 'Organisme partenaire', en: 'Partner organization' },
  organizationHint: {
    fr: 'Seulement si un organisme partenaire est responsable (organismes de la région du dossier).',
    en: 'Only when a partner organization is responsible (organizations of the dossier’s region).',
  },
  dueOn: { fr: 'Échéance', en: 'Due date' },
  status: { fr: 'État', en: 'Status' },
  doneOn: { fr: 'Réalisée le', en: 'Done on' },
  change: { fr: 'Changer l’état', en: 'Change the status' },
  print: { fr: 'Imprimer le plan en français', en: 'Print the plan in French' },
  printEn: { fr: 'Imprimer le plan en anglais', en: 'Print the plan in English' },
  backToDossier: { fr: 'Retour au dossier', en: 'Back to the dossier' },
  steps: { fr: 'Étapes du plan', en: 'Plan steps' },
} satisfies Texts

/** Why a plan step is refused. */
export const planErrors = {
  needOfDossier: {
    fr: 'Choisissez un besoin évalué dans ce dossier.',
    en: 'Choose a need assessed in this dossier.',
  },
  organizationRequired: {
    fr: 'Choisissez l’organisme partenaire responsable.',
    en: 'Choose the partner organization responsible.',
  },
  organizationOfRegion: {
    fr: 'Choisissez un organisme de la région du dossier.',
    en: 'Choose an organization of the dossier’s region.',
  },
} satisfies Texts

/** The printable plan, in the language the person reads (not necessarily the interface's). */
export const printText = {
  title: { fr: 'Mon plan d’action', en: 'My action plan' },
  service: { fr: 'Accompagnement Québec', en: 'Accompagnement Québec' },
  person: { fr: 'Personne', en: 'Person' },
  dossier: { fr: 'Numéro de dossier', en: 'Dossier number' },
  date: { fr: 'Date', en: 'Date' },
  agent: { fr: 'Votre agent·e', en: 'Your agent' },
  servicePoint: { fr: 'Point de services', en: 'Service point' },
  contact: { fr: 'Pour nous joindre', en: 'How to reach us' },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  hours: { fr: 'Heures d’ouverture', en: 'Opening hours' },
  priority: { fr: 'Priorité', en: 'Priority' },
  who: { fr: 'Qui', en: 'Who' },
  noStep: { fr: 'Aucune étape pour ce besoin.', en: 'No step for this need.' },
  noNeed: { fr: 'Aucun besoin n’est encore évalué.', en: 'No need has been assessed yet.' },
  partner: { fr: 'Organisme partenaire', en: 'Partner organization' },
} satisfies Texts

/** What the audit journal calls this feature's actions and records (one event per step created or changed). */
export const planAuditLabels: AuditVocabulary = {
  actions: {
    'plan_step.created': { fr: 'Ajout d’une étape au plan', en: 'Plan step added' },
    'plan_step.updated': { fr: 'Modification d’une étape du plan', en: 'Plan step changed' },
    'plan.viewed': { fr: 'Consultation des besoins et du plan', en: 'Needs and plan viewed' },
    'plan.printed': { fr: 'Impression du plan d’action', en: 'Action plan printed' },
  },
  entities: {
    plan_step: { fr: 'Étape du plan', en: 'Plan step' },
  },
}
