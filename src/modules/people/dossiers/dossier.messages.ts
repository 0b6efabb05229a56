import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { closureReasons, dossierStatuses, intakeChannels } from './dossier.schema.js'

/** Parcours Accompagnement Québec: the words of a dossier's statuses. */
export const statusLabels: Record<(typeof dossierStatuses)[number], Localized> = {
  open: { fr: 'Ouvert', en: 'Open' },
  assessment: { fr: 'En évaluation', en: 'In assessment' },
  active_plan: { fr: 'Plan actif', en: 'Active plan' },
  follow_up: { fr: 'En suivi', en: 'In follow-up' },
  closed: { fr: 'Fermé', en: 'Closed' },
}

/** How the person came to the service. */
export const channelLabels: Record<(typeof intakeChannels)[number], Localized> = {
  pre_departure: { fr: 'Prédépart', en: 'Pre-departure' },
  airport_welcome: { fr: 'Accueil à l’aéroport', en: 'Airport welcome' },
  walk_in: { fr: 'Sans rendez-vous', en: 'Walk-in' },
  online_request: { fr: 'Demande en ligne', en: 'Online request' },
  partner_referral: { fr: 'Référence d’un partenaire', en: 'Partner referral' },
  regional_transfer: { fr: 'Transfert d’une autre région', en: 'Transfer from another region' },
}

export const closureReasonLabels: Record<(typeof closureReasons)[number], Localized> = {
  goals_met: { fr: 'Objectifs atteints', en: 'Goals met' },
  moved_out_of_region: { fr: 'Départ de la région', en: 'Moved out of the region' },
  no_longer_reachable: { fr: 'Personne injoignable', en: 'No longer reachable' },
  declined_service: { fr: 'Service refusé par la personne', en: 'Service declined by the person' },
  transferred: { fr: 'Dossier transféré', en: 'Dossier transferred' },
  other: { fr: 'Autre raison', en: 'Other reason' },
}

/** Labels of the dossier forms' fields and of its summary. */
export const dossierFields: Record<string, Localized> = {
  number: { fr: 'Numéro', en: 'Number' },
  person: { fr: 'Personne', en: 'Person' },
  personId: { fr: 'Personne', en: 'Person' },
  status: { fr: 'Statut', en: 'Status' },
  intakeChannel: { fr: 'Canal d’accueil', en: 'Intake channel' },
  agentId: { fr: 'Agente ou agent', en: 'Agent' },
  servicePointId: { fr: 'Point de services', en: 'Service point' },
  region: { fr: 'Région', en: 'Region' },
  openedOn: { fr: 'Ouvert le', en: 'Opened on' },
  startsOn: { fr: 'Date d’arrivée ou de la demande', en: 'Arrival or request date' },
  firstMeeting: { fr: 'Première rencontre', en: 'First meeting' },
  nextFollowUpOn: { fr: 'Prochain suivi', en: 'Next follow-up' },
  closedOn: { fr: 'Fermé le', en: 'Closed on' },
  closureReason: { fr: 'Raison de la fermeture', en: 'Closure reason' },
  note: { fr: 'Note', en: 'Note' },
  reason: { fr: 'Motif du transfert', en: 'Reason for the transfer' },
  volet: { fr: 'Volet', en: 'Volet' },
  to: { fr: 'Nouveau statut', en: 'New status' },
}

/** Texts of the dossier pages. */
export const dossierText = {
  listTitle: { fr: 'Dossiers', en: 'Dossiers' },
  interventionsExport: { fr: 'Interventions', en: 'Interventions' },
  interventionsExportHint: {
    fr: 'Toutes les interventions des dossiers que vous pouvez consulter, par région et par date.',
    en: 'Every intervention of the dossiers you may read, by region and date.',
  },
  exportFrom: { fr: 'Du (date, facultatif)', en: 'From (date, optional)' },
  exportTo: { fr: 'Au (date, facultatif)', en: 'To (date, optional)' },
  exportDateHint: { fr: 'Format : AAAA-MM-JJ', en: 'Format: YYYY-MM-DD' },
  exportRegion: { fr: 'Région', en: 'Region' },
  newTitle: { fr: 'Ouvrir un dossier', en: 'Open a dossier' },
  open: { fr: 'Ouvrir le dossier', en: 'Open the dossier' },
  title: { fr: 'Dossier', en: 'Dossier' },
  summary: { fr: 'Sommaire', en: 'Summary' },
  actions: { fr: 'Actions', en: 'Actions' },
  timeline: { fr: 'Historique', en: 'Timeline' },
  noEvents: { fr: 'Rien encore.', en: 'Nothing yet.' },
  needsLink: { fr: 'Besoins et plan d’action', en: 'Needs and action plan' },
  referralsLink: { fr: 'Références', en: 'Referrals' },
  filters: { fr: 'Filtrer les dossiers', en: 'Filter the dossiers' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  all: { fr: 'Tous', en: 'All' },
  none: { fr: 'Aucun dossier ne correspond.', en: 'No dossier matches.' },
  next: { fr: 'Dossiers suivants', en: 'Next dossiers' },
  first: { fr: 'Retour au début de la liste', en: 'Back to the start of the list' },
  noAgent: { fr: 'Non assigné', en: 'Not assigned' },
  overdue: { fr: 'en retard', en: 'overdue' },
  dueOn: { fr: 'prévue au plus tard le', en: 'due by' },
  doneOn: { fr: 'faite le', en: 'held on' },
  changeStatus: { fr: 'Changer le statut', en: 'Change the status' },
  close: { fr: 'Fermer le dossier', en: 'Close the dossier' },
  closeQuestion: { fr: 'Fermer ce dossier ?', en: 'Close this dossier?' },
  reopen: { fr: 'Rouvrir le dossier', en: 'Reopen the dossier' },
  reopenQuestion: { fr: 'Rouvrir ce dossier ?', en: 'Reopen this dossier?' },
  assign: { fr: 'Assigner', en: 'Assign' },
  transfer: { fr: 'Transférer vers une autre région', en: 'Transfer to another region' },
  transferQuestion: {
    fr: 'Transférer ce dossier ? La nouvelle région le travaillera ; votre équipe pourra encore le consulter.',
    en: 'Transfer this dossier? The new region will work it; your team will still be able to read it.',
  },
  confirmTransfer: { fr: 'Transférer', en: 'Transfer' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  save: { fr: 'Enregistrer', en: 'Save' },
  readOnly: {
    fr: 'Ce dossier a été transféré : vous pouvez le consulter, mais non le modifier.',
    en: 'This dossier was transferred: you may read it, but not change it.',
  },
  saved: { fr: 'Le dossier a été mis à jour.', en: 'The dossier was updated.' },
  opened: { fr: 'Le dossier a été ouvert.', en: 'The dossier was opened.' },
  notClosed: {
    fr: 'Ce dossier n’est pas fermé : il n’y a rien à rouvrir.',
    en: 'This dossier is not closed: there is nothing to reopen.',
  },
  noTransferTarget: {
    fr: 'Aucun point de services d’une autre région n’est en activité : le dossier ne peut pas être transféré pour le moment.',
    en: 'No service point of another region is in operation: the dossier cannot be transferred for now.',
  },
  backToDossier: { fr: 'Retour au dossier', en: 'Back to the dossier' },
  openedOnLower: { fr: 'ouvert le', en: 'opened on' },
  openDossiersWarning: {
    fr: 'Cette personne a déjà un dossier ouvert. Vérifiez qu’un nouveau dossier est nécessaire (par exemple après un déménagement dans une autre région).',
    en: 'This person already has an open dossier. Check that a new one is needed (for example after a move to another region).',
  },
} satisfies Record<string, Localized>

/** What the audit journal calls this feature's actions and records. */
export const dossierAuditLabels: AuditVocabulary = {
  actions: {
    'dossier.created': { fr: 'Ouverture d’un dossier', en: 'Dossier opened' },
    'dossier.viewed': { fr: 'Consultation d’un dossier', en: 'Dossier viewed' },
    'dossier.status_changed': { fr: 'Changement de statut d’un dossier', en: 'Dossier status changed' },
    'dossier.closed': { fr: 'Fermeture d’un dossier', en: 'Dossier closed' },
    'dossier.reopened': { fr: 'Réouverture d’un dossier', en: 'Dossier reopened' },
    'dossier.assigned': { fr: 'Assignation d’un dossier', en: 'Dossier assigned' },
    'dossier.transferred': { fr: 'Transfert d’un dossier', en: 'Dossier transferred' },
  },
  entities: { dossier: { fr: 'Dossier', en: 'Dossier' } },
}
