import type { Localized } from '../../../platform/errors.js'
import type { advisorServiceKinds } from './advisor-service.schema.js'
import type { FollowUpStatus } from './advisor-service.contracts.js'

/** The kinds of advisor services, as the ministry describes the advisors' (CIR) work. */
export const serviceKindNames: Record<(typeof advisorServiceKinds)[number], Localized> = {
  immigration_programs_info: {
    fr: 'Information sur les programmes d’immigration',
    en: 'Information on immigration programs',
  },
  recruitment_strategy: { fr: 'Stratégie de recrutement', en: 'Recruitment strategy' },
  international_mission: {
    fr: 'Mission de recrutement international (Journées Québec)',
    en: 'International recruitment mission (Journées Québec)',
  },
  temporary_workers: {
    fr: 'Démarches pour les travailleurs étrangers temporaires',
    en: 'Temporary foreign workers’ procedures',
  },
  interregional_mobility: { fr: 'Mobilité interrégionale', en: 'Interregional mobility' },
  labour_matching: { fr: 'Arrimage des besoins de main-d’œuvre', en: 'Labour-need matching' },
  employer_session: { fr: 'Séance d’information pour employeurs', en: 'Employers’ information session' },
}

/** Where a follow-up stands. */
export const followUpNames: Record<FollowUpStatus, Localized> = {
  none: { fr: 'Aucun suivi prévu', en: 'No follow-up planned' },
  due: { fr: 'Suivi à faire', en: 'Follow-up due' },
  overdue: { fr: 'Suivi en retard', en: 'Follow-up overdue' },
  done: { fr: 'Suivi fait', en: 'Follow-up done' },
}

/** The labels of the service's fields (form, error summary, timeline, list). */
export const serviceFieldLabels = {
  enterpriseId: { fr: 'Entreprise', en: 'Enterprise' },
  kind: { fr: 'Type de service', en: 'Kind of service' },
  servedOn: { fr: 'Date du service', en: 'Service date' },
  advisorId: { fr: 'Conseiller ou conseillère', en: 'Advisor' },
  outcome: { fr: 'Résultat', en: 'Outcome' },
  followUpOn: { fr: 'Date de suivi', en: 'Follow-up date' },
  followUp: { fr: 'Suivi', en: 'Follow-up' },
  from: { fr: 'Du', en: 'From' },
  to: { fr: 'Au', en: 'To' },
} satisfies Record<string, Localized>

/** The errors the service finds beyond the contract. */
export const serviceErrors = {
  servedInFuture: {
    fr: 'La date du service ne peut être dans le futur.',
    en: 'The service date cannot be in the future.',
  },
  advisorOutsideRegion: {
    fr: 'Choisissez un conseiller ou une conseillère de la région de l’entreprise.',
    en: 'Choose an advisor of the enterprise’s region.',
  },
  noFollowUp: { fr: 'Aucun suivi n’était prévu pour ce service.', en: 'No follow-up was planned for this service.' },
} satisfies Record<string, Localized>

/** Texts of the advisor services' pages. */
export const serviceText = {
  timeline: { fr: 'Services aux entreprises', en: 'Services to the enterprise' },
  timelineNone: { fr: 'Aucun service donné à cette entreprise.', en: 'No service given to this enterprise.' },
  add: { fr: 'Inscrire un service', en: 'Record a service' },
  newTitle: { fr: 'Nouveau service à l’entreprise', en: 'New service to the enterprise' },
  editTitle: { fr: 'Modifier le service', en: 'Edit the service' },
  edit: { fr: 'Modifier', en: 'Edit' },
  actions: { fr: 'Actions', en: 'Actions' },
  markDone: { fr: 'Marquer le suivi fait', en: 'Mark the follow-up done' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  saved: { fr: 'Le service est enregistré.', en: 'The service is saved.' },
  followUpDone: { fr: 'Le suivi est marqué fait.', en: 'The follow-up is marked done.' },
  servedOnHint: { fr: 'Aujourd’hui ou avant.', en: 'Today or earlier.' },
  followUpHint: { fr: 'Facultatif ; le jour du service ou après.', en: 'Optional; on the service date or later.' },
  advisorHint: {
    fr: 'Laissé vide, le service est inscrit au nom de la personne conseillère connectée.',
    en: 'Left empty, the service is recorded in the name of the signed-in advisor.',
  },
  noAdvisor: { fr: 'Non précisé', en: 'Not given' },
  listTitle: { fr: 'Services aux entreprises', en: 'Services to enterprises' },
  list: { fr: 'Services', en: 'Services' },
  none: { fr: 'Aucun service ne correspond à ces filtres.', en: 'No service matches these filters.' },
  filters: { fr: 'Filtrer les services', en: 'Filter the services' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  allKinds: { fr: 'Tous les types', en: 'All kinds' },
  allAdvisors: { fr: 'Toutes les personnes conseillères', en: 'All advisors' },
  allFollowUps: { fr: 'Tous', en: 'All' },
  next: { fr: 'Services suivants', en: 'Next services' },
  allOfEnterprise: { fr: 'Tous les services de l’entreprise', en: 'All the enterprise’s services' },
  period: { fr: 'Période du service', en: 'Service period' },
  backToEnterprise: { fr: 'Retour à l’entreprise', en: 'Back to the enterprise' },
  due: { fr: 'prévu le', en: 'planned for' },
  nav: { fr: 'Services aux entreprises', en: 'Services to enterprises' },
} satisfies Record<string, Localized>
