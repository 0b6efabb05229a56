import type { Localized } from '../../../platform/errors.js'

/** The targets pages' words, in French and English. */
export const targetText = {
  title: { fr: 'Cibles du plan d’action', en: 'Action plan targets' },
  editTitle: { fr: 'Modifier les cibles', en: 'Change the targets' },
  filters: { fr: 'Filtrer les cibles', en: 'Filter the targets' },
  filter: { fr: 'Afficher', en: 'Show' },
  region: { fr: 'Région', en: 'Region' },
  allRegions: { fr: 'Toutes mes régions', en: 'All my regions' },
  fiscalYear: { fr: 'Exercice financier', en: 'Fiscal year' },
  period: { fr: 'Période comptée', en: 'Period counted' },
  toDate: { fr: '(à ce jour)', en: '(to date)' },
  notStarted: { fr: 'Cet exercice n’est pas commencé.', en: 'This fiscal year has not started.' },
  indicator: { fr: 'Indicateur', en: 'Indicator' },
  target: { fr: 'Cible', en: 'Target' },
  actual: { fr: 'Résultat', en: 'Actual' },
  progress: { fr: 'Progression', en: 'Progress' },
  noTarget: { fr: 'Aucune cible', en: 'No target' },
  noData: { fr: 'Aucune donnée', en: 'No data' },
  reached: { fr: 'Cible atteinte', en: 'Target reached' },
  notReached: { fr: 'Cible non atteinte', en: 'Target not reached' },
  ofTarget: { fr: 'de la cible', en: 'of the target' },
  edit: { fr: 'Modifier les cibles', en: 'Change the targets' },
  definitions: { fr: 'Définitions', en: 'Definitions' },
  saved: { fr: 'Les cibles ont été enregistrées.', en: 'The targets were saved.' },
  noRegion: { fr: 'Aucune région dans votre portée.', en: 'No region in your scope.' },
  countHint: {
    fr: 'Nombre entier. Laissez vide pour retirer la cible.',
    en: 'Whole number. Leave blank to remove the target.',
  },
  shareHint: {
    fr: 'Pourcentage, par exemple 85 ou 85,5 (deux décimales au plus). Laissez vide pour retirer la cible.',
    en: 'Percentage, for example 85 or 85.5 (two decimals at most). Leave blank to remove the target.',
  },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
} satisfies Record<string, Localized>

/** « sur » between a numerator and its denominator: "12 sur 15", "12 of 15". */
export const outOf: Localized = { fr: 'sur', en: 'of' }
