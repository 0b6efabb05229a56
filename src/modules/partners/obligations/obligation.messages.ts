import type { Localized } from '../../../platform/errors.js'
import type { AgingBucket } from './obligation.contracts.js'
import type { deliverableKinds, deliverableStatuses } from './obligation.schema.js'

/** Texts of the payment schedule, the deliverables, the aging view, the reminders and the finance export. */
export const obligationText = {
  schedule: { fr: 'Calendrier des versements', en: 'Payment schedule' },
  scheduleEdit: { fr: 'Modifier le calendrier des versements', en: 'Edit the payment schedule' },
  scheduleHelp: {
    fr: 'Les montants doivent totaliser exactement le montant de l’entente, et les dates tomber dans sa période. Un versement payé ne peut être ni retiré ni modifié. Laissez une ligne vide pour la retirer.',
    en: 'The amounts must add up exactly to the agreement’s total, and the dates fall within its period. A paid instalment can be neither removed nor changed. Leave a row empty to remove it.',
  },
  addRow: { fr: 'Ajouter une ligne', en: 'Add a row' },
  noSchedule: { fr: 'Aucun versement prévu.', en: 'No payment scheduled.' },
  number: { fr: 'No', en: 'No.' },
  plannedOn: { fr: 'Date prévue', en: 'Planned date' },
  amount: { fr: 'Montant ($)', en: 'Amount ($)' },
  amountShown: { fr: 'Montant', en: 'Amount' },
  condition: { fr: 'Condition', en: 'Condition' },
  conditionDeliverable: { fr: 'Livrable à accepter d’abord', en: 'Deliverable to be accepted first' },
  paidOn: { fr: 'Date de paiement', en: 'Payment date' },
  status: { fr: 'État', en: 'Status' },
  actions: { fr: 'Actions', en: 'Actions' },
  totals: {
    fr: 'Payé : {paid} sur {scheduled} prévus (entente : {total})',
    en: 'Paid: {paid} of {scheduled} scheduled (agreement: {total})',
  },
  pay: { fr: 'Inscrire le paiement', en: 'Record the payment' },
  payTitle: { fr: 'Paiement du versement {n}', en: 'Payment of instalment {n}' },
  cancelPayment: { fr: 'Annuler le paiement', en: 'Cancel the payment' },
  cancelQuestion: {
    fr: 'Annuler le paiement inscrit par erreur ? Le versement redeviendra à payer.',
    en: 'Cancel the payment recorded by mistake? The instalment will be unpaid again.',
  },
  deliverables: { fr: 'Livrables et redditions de comptes', en: 'Deliverables and reporting' },
  noDeliverables: { fr: 'Aucun livrable.', en: 'No deliverable.' },
  newDeliverable: { fr: 'Ajouter un livrable', en: 'Add a deliverable' },
  kind: { fr: 'Type', en: 'Kind' },
  title: { fr: 'Titre', en: 'Title' },
  dueOn: { fr: 'Échéance', en: 'Due date' },
  dueOnHint: {
    fr: 'Entre le début de l’entente et six mois après sa fin.',
    en: 'Between the agreement’s start and six months after its end.',
  },
  receivedOn: { fr: 'Reçu le', en: 'Received on' },
  reviewComment: { fr: 'Commentaire de révision', en: 'Review comment' },
  comment: { fr: 'Commentaire à l’organisme', en: 'Comment to the organization' },
  commentHint: { fr: 'Obligatoire pour renvoyer le livrable.', en: 'Required to send the deliverable back.' },
  recordReceived: { fr: 'Inscrire la réception', en: 'Record receipt' },
  accept: { fr: 'Accepter', en: 'Accept' },
  sendBack: { fr: 'Renvoyer avec commentaire', en: 'Send back with comment' },
  remove: { fr: 'Retirer ce livrable', en: 'Remove this deliverable' },
  removeQuestion: {
    fr: 'Retirer ce livrable, jamais reçu, de l’entente ?',
    en: 'Remove this deliverable, never received, from the agreement?',
  },
  edit: { fr: 'Modifier', en: 'Edit' },
  open: { fr: 'Ouvrir', en: 'Open' },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  back: { fr: 'Retour à l’entente', en: 'Back to the agreement' },
  agreement: { fr: 'Entente', en: 'Agreement' },
  organization: { fr: 'Organisme', en: 'Organization' },
  saved: { fr: 'Modifications enregistrées.', en: 'Changes saved.' },
  scheduleSaved: { fr: 'Calendrier des versements enregistré.', en: 'Payment schedule saved.' },
  scheduleMismatch: {
    fr: 'Le calendrier totalise {scheduled} ; l’entente prévoit {total}. Mettez le calendrier à jour.',
    en: 'The schedule adds up to {scheduled}, but the agreement provides {total}. Update the schedule.',
  },
  paidOnText: { fr: 'Payé le {date} (ne peut plus être modifié)', en: 'Paid on {date} (can no longer be changed)' },
  paymentSaved: { fr: 'Paiement enregistré.', en: 'Payment recorded.' },
  paymentCancelled: { fr: 'Paiement annulé.', en: 'Payment cancelled.' },
  deliverableAdded: { fr: 'Livrable ajouté.', en: 'Deliverable added.' },
  aging: { fr: 'Échéances', en: 'Due dates' },
  agingLead: {
    fr: 'Livrables en retard et versements non payés dont la date est passée, par ancienneté, au {today} ; puis ce qui vient à échéance dans les 30 jours.',
    en: 'Overdue deliverables and unpaid instalments whose date has passed, by age, as of {today}; then what falls due within 30 days.',
  },
  overdueDeliverables: { fr: 'Livrables en retard', en: 'Overdue deliverables' },
  unpaidInstalments: { fr: 'Versements non payés', en: 'Unpaid instalments' },
  dueSoonDeliverables: { fr: 'Livrables attendus dans les 30 jours', en: 'Deliverables due within 30 days' },
  dueSoonInstalments: { fr: 'Versements prévus dans les 30 jours', en: 'Instalments planned within 30 days' },
  byAge: { fr: 'Par ancienneté', en: 'By age' },
  bucket: { fr: 'Retard', en: 'Days late' },
  count: { fr: 'Nombre', en: 'Count' },
  daysLate: { fr: 'Jours de retard', en: 'Days late' },
  instalmentN: { fr: 'Versement {n}', en: 'Instalment {n}' },
  none: { fr: 'Aucun.', en: 'None.' },
  homeTitle: { fr: 'Suivi des ententes', en: 'Agreement follow-up' },
  homeCounts: { fr: 'Échéances des ententes', en: 'Agreement due dates' },
  toPay: { fr: 'Versements à payer', en: 'Instalments to pay' },
  seeAging: { fr: 'Voir toutes les échéances', en: 'See all due dates' },
  export: { fr: 'Exporter pour les finances (XLSX)', en: 'Export for finance (XLSX)' },
} satisfies Record<string, Localized>

export const deliverableKindLabels: Record<(typeof deliverableKinds)[number], Localized> = {
  interim_activity_report: { fr: 'Rapport d’activités d’étape', en: 'Interim activity report' },
  interim_financial_report: { fr: 'Rapport financier d’étape', en: 'Interim financial report' },
  final_activity_report: { fr: 'Rapport d’activités final', en: 'Final activity report' },
  final_financial_report: { fr: 'Rapport financier final', en: 'Final financial report' },
  other: { fr: 'Autre document', en: 'Other document' },
}

export const deliverableStatusLabels: Record<(typeof deliverableStatuses)[number], Localized> = {
  due: { fr: 'Attendu', en: 'Due' },
  received: { fr: 'Reçu', en: 'Received' },
  accepted: { fr: 'Accepté', en: 'Accepted' },
  returned: { fr: 'Renvoyé', en: 'Sent back' },
}

export const instalmentStatusLabels: Record<'planned' | 'due' | 'overdue' | 'paid', Localized> = {
  planned: { fr: 'Prévu', en: 'Planned' },
  due: { fr: 'À payer', en: 'Due' },
  overdue: { fr: 'En retard', en: 'Overdue' },
  paid: { fr: 'Payé', en: 'Paid' },
}

export const bucketLabels: Record<AgingBucket, Localized> = {
  '1-30': { fr: '1 à 30 jours', en: '1–30 days' },
  '31-60': { fr: '31 à 60 jours', en: '31–60 days' },
  '61-90': { fr: '61 à 90 jours', en: '61–90 days' },
  '90+': { fr: 'Plus de 90 jours', en: 'More than 90 days' },
}

/** Fills `{name}` placeholders of a text. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))
}
