import type { Localized } from '../../../platform/errors.js'

type Texts = Record<string, Localized>

/** The filter form's labels and its field errors. */
export const filterText = {
  region: { fr: 'Région', en: 'Region' },
  allRegions: { fr: 'Toutes mes régions', en: 'All my regions' },
  servicePoint: { fr: 'Point de services', en: 'Service point' },
  allServicePoints: { fr: 'Tous les points de services', en: 'All service points' },
  from: { fr: 'Du', en: 'From' },
  to: { fr: 'Au', en: 'To' },
  dateHint: { fr: 'Format : AAAA-MM-JJ', en: 'Format: YYYY-MM-DD' },
  filters: { fr: 'Filtrer les tableaux de bord', en: 'Filter the dashboards' },
  apply: { fr: 'Afficher', en: 'Show' },
  badDate: { fr: 'Entrez une date valide au format AAAA-MM-JJ.', en: 'Enter a valid date as YYYY-MM-DD.' },
  endBeforeStart: {
    fr: 'La fin de la période doit suivre son début.',
    en: 'The end of the period must come after its start.',
  },
  unknownRegion: {
    fr: 'Région inconnue ou hors de votre portée.',
    en: 'Unknown region or outside your scope.',
  },
  unknownServicePoint: {
    fr: 'Point de services inconnu, hors de votre portée ou d’une autre région.',
    en: 'Unknown service point, outside your scope or in another region.',
  },
} satisfies Texts

/** The dashboard page's words. */
export const dashboardText = {
  title: { fr: 'Tableaux de bord', en: 'Dashboards' },
  intro: {
    fr: 'Les graphiques que votre rôle permet de consulter, pour vos régions et la période choisie. Chaque graphique est suivi de ses données en tableau et se télécharge en CSV ou en XLSX.',
    en: 'The charts your role may see, for your regions and the chosen period. Each chart is followed by its data as a table and can be downloaded as CSV or XLSX.',
  },
  period: { fr: 'Période', en: 'Period' },
  pdf: { fr: 'Télécharger en PDF', en: 'Download as PDF' },
  csv: { fr: 'Télécharger les données (CSV)', en: 'Download the data (CSV)' },
  xlsx: { fr: 'Télécharger les données (XLSX)', en: 'Download the data (XLSX)' },
  data: { fr: 'Données du graphique', en: 'Chart data' },
  empty: {
    fr: 'Aucune donnée pour ces filtres : rien à afficher dans ce graphique.',
    en: 'No data for these filters: nothing to show in this chart.',
  },
  allServicePointsNote: {
    fr: '(toutes les unités de service : le filtre de point de services ne s’applique pas à ce graphique)',
    en: '(all service units: the service-point filter does not apply to this chart)',
  },
  noCharts: {
    fr: 'Votre rôle ne donne accès à aucun graphique.',
    en: 'Your role gives access to no chart.',
  },
  filterError: {
    fr: 'Corrigez les filtres pour afficher les graphiques.',
    en: 'Correct the filters to show the charts.',
  },
  days: { fr: 'j', en: 'd' },
  generated: { fr: 'Produit le', en: 'Produced on' },
} satisfies Texts
