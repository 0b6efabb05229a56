import type { Localized } from '../../../platform/errors.js'
import type { FigureKey } from './bilan.model.js'

/** The staff Bilan page's words. */
export const bilanText = {
  title: { fr: 'Bilans des réalisations', en: 'Bilans (reports on achievements)' },
  intro: {
    fr: 'Le bilan d’une région ou de votre direction régionale pour une période, calculé à partir des données du jour.',
    en: 'The report of a region or of your regional directorate for a period, computed from today’s data.',
  },
  formLabel: { fr: 'Bilan à produire', en: 'Report to produce' },
  show: { fr: 'Afficher le bilan', en: 'Show the report' },
  figures: { fr: 'Les chiffres', en: 'The figures' },
  figuresCaption: {
    fr: 'Chiffres du bilan, leur définition et les dossiers qui les composent',
    en: 'The report’s figures, their definition and the records behind them',
  },
  figure: { fr: 'Chiffre', en: 'Figure' },
  value: { fr: 'Valeur', en: 'Value' },
  definition: { fr: 'Définition', en: 'Definition' },
  records: { fr: 'Dossiers', en: 'Records' },
  seeRecords: { fr: 'Voir les dossiers', en: 'See the records' },
  document: { fr: 'Le document', en: 'The document' },
  downloads: { fr: 'Télécharger', en: 'Download' },
  director: { fr: 'Texte et publication', en: 'Text and publication' },
  editText: { fr: 'Rédiger le texte du bilan', en: 'Write the report’s text' },
  publications: { fr: 'Publications de la région', en: 'The region’s publications' },
  regionOrDirectorate: {
    fr: 'Choisissez une région ou votre direction régionale.',
    en: 'Choose a region or your regional directorate.',
  },
  unknownRegion: { fr: 'Région inconnue ou hors de votre portée.', en: 'Unknown region or outside your scope.' },
  unknownDirectorate: {
    fr: 'Direction régionale inconnue ou hors de votre portée.',
    en: 'Unknown regional directorate or outside your scope.',
  },
  badLang: { fr: 'Langue : français ou anglais.', en: 'Language: French or English.' },
  badFormat: { fr: 'Format inconnu.', en: 'Unknown format.' },
  kind: { fr: 'type', en: 'kind' },
  kinds: { fr: 'types', en: 'kinds' },
  advisorsAgents: { fr: 'conseillers, agents', en: 'advisors, agents' },
} satisfies Record<string, Localized>

/** The form's field labels. */
export const bilanFieldLabels = {
  region: { fr: 'Région', en: 'Region' },
  directorate: { fr: 'Toute ma direction régionale', en: 'My whole regional directorate' },
  from: { fr: 'Du (AAAA-MM-JJ)', en: 'From (YYYY-MM-DD)' },
  to: { fr: 'Au (AAAA-MM-JJ)', en: 'To (YYYY-MM-DD)' },
  langue: { fr: 'Langue du document', en: 'Language of the document' },
  format: { fr: 'Format', en: 'Format' },
} satisfies Record<string, Localized>

/** Each figure's name. */
export const figureLabels: Record<FigureKey, Localized> = {
  personsAccompanied: { fr: 'Personnes accompagnées', en: 'Persons accompanied' },
  enterprisesAccompanied: { fr: 'Entreprises accompagnées', en: 'Enterprises accompanied' },
  agreements: { fr: 'Ententes', en: 'Agreements' },
  team: { fr: 'Personnel dans la région', en: 'Staff in the region' },
  servicePoints: { fr: 'Points de services', en: 'Service points' },
  actionKinds: { fr: 'Types d’actions locales', en: 'Kinds of local actions' },
  resourceOrganizations: { fr: 'Ressources disponibles', en: 'Resources available' },
  committedAmounts: { fr: 'Sommes engagées', en: 'Amounts committed' },
}
