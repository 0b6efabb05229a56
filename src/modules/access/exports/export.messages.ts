import type { Localized } from '../../../platform/errors.js'
import type { ExportStatus } from './export.contracts.js'

/** The words of the exports pages, the API's errors and the audit journal. */
export const exportText = {
  title: { fr: 'Exportations', en: 'Exports' },
  one: { fr: 'Exportation', en: 'Export' },
  intro: {
    fr: 'Vos exportations de listes, préparées en arrière-plan. Un fichier reste disponible pendant {hours} h, puis il est supprimé ; l’historique le garde.',
    en: 'Your list exports, prepared in the background. A file stays available for {hours} h, then it is deleted; the history keeps it.',
  },
  none: {
    fr: 'Aucune exportation pour le moment. Utilisez le bouton « Exporter » d’une liste.',
    en: 'No export yet. Use the “Export” button of a list.',
  },
  cols: {
    fr: ['Liste', 'Format', 'Demandée le', 'État', 'Progression', 'Taille', 'Expire le', 'Actions'],
    en: ['List', 'Format', 'Requested', 'Status', 'Progress', 'Size', 'Expires', 'Actions'],
  },
  lines: { fr: 'lignes', en: 'rows' },
  download: { fr: 'Télécharger', en: 'Download' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  cancelOf: { fr: 'Annuler l’exportation {what}', en: 'Cancel the export {what}' },
  downloadOf: { fr: 'Télécharger l’exportation {what}', en: 'Download the export {what}' },
  refresh: { fr: 'Actualiser', en: 'Refresh' },
  back: { fr: 'Toutes mes exportations', en: 'All my exports' },
  cancelRequested: { fr: 'Annulation demandée', en: 'Cancellation requested' },
  fields: {
    source: { fr: 'Liste', en: 'List' },
    format: { fr: 'Format', en: 'Format' },
    filters: { fr: 'Filtres', en: 'Filters' },
    createdAt: { fr: 'Demandée le', en: 'Requested' },
    startedAt: { fr: 'Commencée le', en: 'Started' },
    finishedAt: { fr: 'Terminée le', en: 'Finished' },
    status: { fr: 'État', en: 'Status' },
    bytes: { fr: 'Taille', en: 'Size' },
    expiresAt: { fr: 'Expire le', en: 'Expires' },
    error: { fr: 'Erreur', en: 'Error' },
  },
  noFilter: { fr: 'Aucun (toute la liste)', en: 'None (the whole list)' },
  askedTitle: { fr: 'Demander une exportation', en: 'Request an export' },
  backToList: { fr: 'Retour à la liste', en: 'Back to the list' },
  submit: { fr: 'Exporter', en: 'Export' },
  already: {
    cancelled: { fr: 'Cette exportation était déjà annulée.', en: 'This export was already cancelled.' },
    ended: { fr: 'Cette exportation était déjà terminée.', en: 'This export had already ended.' },
  },
  expiredTitle: { fr: 'Fichier expiré', en: 'File expired' },
} satisfies Record<string, unknown>

/** Each status in words. */
export const statusText: Record<ExportStatus, Localized> = {
  queued: { fr: 'En attente', en: 'Queued' },
  running: { fr: 'En cours', en: 'Running' },
  done: { fr: 'Prête', en: 'Ready' },
  failed: { fr: 'Échec', en: 'Failed' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
  expired: { fr: 'Expirée (fichier supprimé)', en: 'Expired (file deleted)' },
}

/** Why an export failed, by error code (what is stored: never personal data). */
export const failureText: Record<string, Localized> = {
  USER_DISABLED: { fr: 'Votre compte a été désactivé.', en: 'Your account was disabled.' },
  FORBIDDEN: { fr: 'Vous n’avez plus accès à cette liste.', en: 'You no longer have access to this list.' },
  SCOPE_UNRESOLVED: {
    fr: 'Votre accès territorial ne se résout plus.',
    en: 'Your territorial access no longer resolves.',
  },
  SOURCE_UNKNOWN: { fr: 'Cette liste ne s’exporte plus.', en: 'This list can no longer be exported.' },
  INVALID_INPUT: { fr: 'Les filtres ne sont plus valides.', en: 'The filters are no longer valid.' },
}

export const exportErrors = {
  unknownSource: { fr: 'Choisissez une liste à exporter.', en: 'Choose a list to export.' },
  badFormat: { fr: 'Choisissez le format CSV ou XLSX.', en: 'Choose the CSV or XLSX format.' },
  notCancellable: {
    fr: 'Cette exportation est terminée : elle ne peut plus être annulée.',
    en: 'This export has ended: it can no longer be cancelled.',
  },
  notReady: {
    fr: 'Ce fichier n’est pas disponible : l’exportation n’est pas terminée ou n’a pas abouti.',
    en: 'This file is not available: the export has not finished or did not succeed.',
  },
  expired: {
    fr: 'Ce fichier a expiré et a été supprimé. Demandez une nouvelle exportation.',
    en: 'This file has expired and was deleted. Request a new export.',
  },
} satisfies Record<string, Localized>

/** The refusal of filters a source does not know, naming them. */
export function unknownFiltersText(names: readonly string[]): Localized {
  const many = names.length > 1
  return {
    fr: `${many ? 'Filtres inconnus' : 'Filtre inconnu'} pour cette liste : ${names.map((n) => `« ${n} »`).join(', ')}.`,
    en: `${many ? 'Unknown filters' : 'Unknown filter'} for this list: ${names.map((n) => `“${n}”`).join(', ')}.`,
  }
}

/** The audit journal's words for exports. */
export const exportAuditActions: Record<string, Localized> = {
  'export.requested': { fr: 'Demande d’exportation', en: 'Export requested' },
  'export.downloaded': { fr: 'Téléchargement d’une exportation', en: 'Export downloaded' },
}
export const exportAuditEntities: Record<string, Localized> = {
  export: { fr: 'Exportation', en: 'Export' },
}
