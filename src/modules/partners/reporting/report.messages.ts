import type { Localized } from '../../../platform/errors.js'
import type { agreementStatuses } from '../agreements/agreement.schema.js'
import type { deliverableKinds, deliverableStatuses } from '../obligations/obligation.schema.js'
import type { reportStatuses } from './report.schema.js'

type L = Localized

/** Texts of the partner portal's agreements and reports, and of the directorate's review. */
export const reportText = {
  portal: { fr: 'Portail des organismes partenaires', en: 'Partner organization portal' },
  agreements: { fr: 'Vos ententes', en: 'Your agreements' },
  agreementsHelp: {
    fr: 'Consultez vos ententes, leurs versements et leurs livrables, et soumettez vos rapports.',
    en: 'See your agreements, their payments and deliverables, and submit your reports.',
  },
  noAgreements: { fr: 'Aucune entente pour le moment.', en: 'No agreements yet.' },
  reference: { fr: 'Numéro', en: 'Reference' },
  title: { fr: 'Titre', en: 'Title' },
  program: { fr: 'Programme', en: 'Program' },
  period: { fr: 'Période', en: 'Period' },
  total: { fr: 'Montant total', en: 'Total amount' },
  status: { fr: 'Statut', en: 'Status' },
  objectives: { fr: 'Objectifs', en: 'Objectives' },
  amounts: { fr: 'Montants par année financière', en: 'Amounts by fiscal year' },
  fiscalYear: { fr: 'Année financière', en: 'Fiscal year' },
  amount: { fr: 'Montant', en: 'Amount' },
  schedule: { fr: 'Calendrier des versements', en: 'Payment schedule' },
  noSchedule: { fr: 'Aucun versement prévu.', en: 'No payments scheduled.' },
  plannedOn: { fr: 'Date prévue', en: 'Planned date' },
  condition: { fr: 'Condition', en: 'Condition' },
  paid: { fr: 'Versé', en: 'Paid' },
  paidOn: { fr: 'Date du versement', en: 'Date paid' },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  deliverables: { fr: 'Livrables', en: 'Deliverables' },
  noDeliverables: { fr: 'Aucun livrable prévu.', en: 'No deliverables.' },
  deliverable: { fr: 'Livrable', en: 'Deliverable' },
  dueOn: { fr: 'Échéance', en: 'Due date' },
  reviewComment: { fr: 'Commentaire de la direction', en: 'Directorate’s comment' },
  reports: { fr: 'Rapports', en: 'Reports' },
  noReports: { fr: 'Aucun rapport soumis.', en: 'No reports submitted.' },
  submittedAt: { fr: 'Soumis le', en: 'Submitted on' },
  newReport: { fr: 'Soumettre un rapport', en: 'Submit a report' },
  cannotReportYet: {
    fr: 'Cette entente est en préparation : vous pourrez y soumettre un rapport une fois qu’elle sera signée.',
    en: 'This agreement is being prepared: you can submit a report once it is signed.',
  },
  report: { fr: 'Rapport', en: 'Report' },
  noDeliverable: { fr: 'Aucun (rapport libre)', en: 'None (general report)' },
  narrative: { fr: 'Récit des activités', en: 'Account of the activities' },
  narrativeHint: {
    fr: 'Décrivez ce qui a été réalisé pendant la période, les résultats et les difficultés.',
    en: 'Describe what was done during the period, the results and the difficulties.',
  },
  figures: { fr: 'Données', en: 'Figures' },
  immigrantParticipants: { fr: 'Participants immigrants', en: 'Immigrant participants' },
  totalParticipants: { fr: 'Participants au total', en: 'Total participants' },
  activitiesHeld: { fr: 'Activités tenues', en: 'Activities held' },
  spent: { fr: 'Montant dépensé ($)', en: 'Amount spent ($)' },
  spentHint: { fr: 'En dollars, par exemple 12 500,50', en: 'In dollars, for example 12,500.50' },
  actions: { fr: 'Actions tenues', en: 'Actions held' },
  actionsHelp: {
    fr: 'Jusqu’à cinq actions. Les lignes laissées vides sont ignorées.',
    en: 'Up to five actions. Rows left blank are ignored.',
  },
  actionN: { fr: 'Action {n}', en: 'Action {n}' },
  kind: { fr: 'Type d’action', en: 'Action kind' },
  chooseKind: { fr: 'Choisissez un type', en: 'Choose a kind' },
  actionTitle: { fr: 'Titre de l’action', en: 'Action title' },
  startOn: { fr: 'Date (début)', en: 'Date (start)' },
  endOn: { fr: 'Date de fin (si plusieurs jours)', en: 'End date (if several days)' },
  municipality: { fr: 'Municipalité', en: 'Municipality' },
  files: { fr: 'Pièces jointes', en: 'Attached files' },
  filesHint: {
    fr: 'PDF, DOCX, XLSX, JPG ou PNG; au plus 5 fichiers de 10 Mo chacun.',
    en: 'PDF, DOCX, XLSX, JPG or PNG; up to 5 files of 10 MB each.',
  },
  file: { fr: 'Fichier', en: 'File' },
  size: { fr: 'Taille', en: 'Size' },
  noFiles: { fr: 'Aucune pièce jointe.', en: 'No attached files.' },
  submit: { fr: 'Soumettre le rapport', en: 'Submit the report' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  submitted: { fr: 'Votre rapport a été soumis.', en: 'Your report was submitted.' },
  reviewed: { fr: 'La revue du rapport est enregistrée.', en: 'The report’s review is recorded.' },
  review: { fr: 'Revue du rapport', en: 'Review of the report' },
  accept: { fr: 'Accepter le rapport', en: 'Accept the report' },
  sendBack: { fr: 'Renvoyer à l’organisme', en: 'Send back to the organization' },
  comment: { fr: 'Commentaire', en: 'Comment' },
  commentHint: {
    fr: 'Obligatoire pour renvoyer : ce que l’organisme doit corriger.',
    en: 'Required to send back: what the organization must correct.',
  },
  reviewedOn: { fr: 'Revu le', en: 'Reviewed on' },
  organization: { fr: 'Organisme', en: 'Organization' },
  agreement: { fr: 'Entente', en: 'Agreement' },
  pendingTitle: { fr: 'Rapports reçus', en: 'Reports received' },
  pendingHelp: {
    fr: 'Les rapports des organismes en attente de revue dans vos régions, du plus ancien au plus récent.',
    en: 'Organizations’ reports awaiting review in your regions, oldest first.',
  },
  noPending: { fr: 'Aucun rapport en attente de revue.', en: 'No reports awaiting review.' },
  returnedNote: {
    fr: 'Ce rapport a été renvoyé. Soumettez un nouveau rapport qui tient compte du commentaire.',
    en: 'This report was sent back. Submit a new report that addresses the comment.',
  },
  unknownOrg: {
    fr: "Votre compte n'est rattaché à aucun organisme. Communiquez avec la direction régionale.",
    en: 'Your account is not linked to an organization. Contact the regional directorate.',
  },
} satisfies Record<string, L>

/** What a list says when it shows only its first rows. */
export const listLimitText = {
  firstPending: (n: string): L => ({
    fr: `Les ${n} plus anciens rapports en attente sont affichés ; les suivants paraîtront une fois ceux-ci revus.`,
    en: `The ${n} oldest reports awaiting review are shown; the next ones appear once these are reviewed.`,
  }),
  firstAgreements: (n: string): L => ({
    fr: `Les ${n} ententes les plus récentes sont affichées.`,
    en: `The ${n} latest agreements are shown.`,
  }),
}

/** The units of a file's size, as each language writes them. */
export const sizeUnits = {
  kilobytes: { fr: 'ko', en: 'KB' },
  megabytes: { fr: 'Mo', en: 'MB' },
} satisfies Record<string, L>

/** Validation and conflict messages of reports. */
export const reportErrors = {
  immigrantsOverTotal: {
    fr: 'Les participants immigrants ne peuvent dépasser le nombre total de participants.',
    en: 'Immigrant participants cannot exceed the total number of participants.',
  },
  wholeNumber: { fr: 'Un nombre entier, 0 ou plus.', en: 'A whole number, 0 or more.' },
  money: {
    fr: 'Un montant en dollars, 0 ou plus (par exemple 12 500,50).',
    en: 'An amount in dollars, 0 or more (for example 12,500.50).',
  },
  deliverableNotOpen: {
    fr: 'Choisissez un livrable de cette entente, attendu ou renvoyé.',
    en: 'Choose a deliverable of this agreement that is due or was sent back.',
  },
  agreementInPreparation: {
    fr: 'Cette entente est en préparation : elle ne reçoit pas encore de rapport.',
    en: 'This agreement is being prepared: it does not take reports yet.',
  },
  tooManyActions: { fr: 'Au plus cinq actions par rapport.', en: 'At most five actions per report.' },
  tooManyFiles: { fr: 'Au plus cinq fichiers par rapport.', en: 'At most five files per report.' },
  fileTooLarge: (name: string): L => ({
    fr: `Le fichier « ${name} » dépasse 10 Mo.`,
    en: `The file “${name}” is over 10 MB.`,
  }),
  fileType: (name: string): L => ({
    fr: `Le fichier « ${name} » n’est pas un PDF, DOCX, XLSX, JPG ou PNG.`,
    en: `The file “${name}” is not a PDF, DOCX, XLSX, JPG or PNG.`,
  }),
  commentRequired: {
    fr: 'Expliquez à l’organisme ce qu’il doit corriger avant de renvoyer le rapport.',
    en: 'Tell the organization what to correct before sending the report back.',
  },
  alreadyReviewed: {
    fr: 'Ce rapport a déjà été revu.',
    en: 'This report has already been reviewed.',
  },
} as const

/** Each status of a report. */
export const reportStatusLabels: Record<(typeof reportStatuses)[number], L> = {
  submitted: { fr: 'En attente de revue', en: 'Awaiting review' },
  accepted: { fr: 'Accepté', en: 'Accepted' },
  returned: { fr: 'Renvoyé', en: 'Sent back' },
}

/** Each status of a deliverable, as the partner reads it. */
export const deliverableStatusLabels: Record<(typeof deliverableStatuses)[number], L> = {
  due: { fr: 'Attendu', en: 'Due' },
  received: { fr: 'Reçu', en: 'Received' },
  accepted: { fr: 'Accepté', en: 'Accepted' },
  returned: { fr: 'Renvoyé', en: 'Sent back' },
}

/** Each kind of deliverable. */
export const deliverableKindLabels: Record<(typeof deliverableKinds)[number], L> = {
  interim_activity_report: { fr: 'Rapport d’activité d’étape', en: 'Interim activity report' },
  interim_financial_report: { fr: 'Rapport financier d’étape', en: 'Interim financial report' },
  final_activity_report: { fr: 'Rapport d’activité final', en: 'Final activity report' },
  final_financial_report: { fr: 'Rapport financier final', en: 'Final financial report' },
  other: { fr: 'Autre document', en: 'Other document' },
}

/** Each status of an agreement, as the partner reads it. */
export const agreementStatusLabels: Record<(typeof agreementStatuses)[number], L> = {
  preparation: { fr: 'En préparation', en: 'Being prepared' },
  signed: { fr: 'Signée', en: 'Signed' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  completed: { fr: 'Terminée', en: 'Completed' },
  terminated: { fr: 'Résiliée', en: 'Terminated' },
}
