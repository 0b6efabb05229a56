import type { Localized } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import type { SectionKey } from '../bilan/bilan.document.js'

/** Each section of the Bilan as the narrative form names it. */
export const sectionLabels: Record<SectionKey, Localized> = {
  intro: { fr: 'Introduction', en: 'Introduction' },
  enterprises: { fr: 'Entreprises accompagnées', en: 'Enterprises accompanied' },
  agreements: { fr: 'Ententes', en: 'Agreements' },
  team: { fr: 'Personnel du MIFI dans la région', en: 'MIFI staff in the region' },
  projects: { fr: 'Projets développés dans la région', en: 'Projects developed in the region' },
  resources: { fr: 'Des ressources disponibles', en: 'Available resources' },
  servicePoints: { fr: 'Points de services', en: 'Service points' },
}

const langNames: Record<Lang, Localized> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
}

const n = (v: number, lang: Lang) => v.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA')

/** The narrative's validation messages. */
export const narrativeErrors = {
  periodOrder: { fr: 'La fin de la période précède son début.', en: 'The period ends before it starts.' },
  tooMany: (max: number): Localized => ({
    fr: `Au plus ${max} paragraphes par section et par langue.`,
    en: `At most ${max} paragraphs per section and language.`,
  }),
  tooLong: (index: number, max: number, length: number): Localized => ({
    fr: `Un paragraphe compte au plus ${n(max, 'fr')} caractères (le paragraphe ${index} en compte ${n(length, 'fr')}).`,
    en: `A paragraph has at most ${n(max, 'en')} characters (paragraph ${index} has ${n(length, 'en')}).`,
  }),
  replaceEmpty: (section: Localized, lang: Lang): Localized => ({
    fr: `« ${section.fr} » (${langNames[lang].fr}) : pour remplacer le texte calculé, écrivez au moins un paragraphe.`,
    en: `“${section.en}” (${langNames[lang].en}): to replace the computed text, write at least one paragraph.`,
  }),
}

/** The narrative page. */
export const narrativeText = {
  title: { fr: 'Texte du bilan', en: 'Bilan narrative' },
  period: { fr: 'Période', en: 'Period' },
  intro: {
    fr: 'Pour chaque section, le texte calculé à partir des données est affiché. Vous pouvez y ajouter des paragraphes ou le remplacer, en français et en anglais. Les chiffres ne se modifient pas : ils sont recalculés à chaque rendu. Séparez les paragraphes par une ligne vide.',
    en: 'For each section, the text computed from the data is shown. You may add paragraphs to it or replace it, in French and in English. Figures cannot be changed: they are computed at each rendering. Separate paragraphs with a blank line.',
  },
  computed: { fr: 'Texte calculé', en: 'Computed text' },
  computedMissing: {
    fr: 'Le texte calculé n’est pas encore disponible pour cette période.',
    en: 'The computed text is not available yet for this period.',
  },
  mode: { fr: 'Votre texte', en: 'Your text' },
  add: { fr: 'S’ajoute au texte calculé', en: 'Added after the computed text' },
  replace: { fr: 'Remplace le texte calculé', en: 'Replaces the computed text' },
  fr: { fr: 'Paragraphes en français', en: 'Paragraphs in French' },
  en: { fr: 'Paragraphes en anglais', en: 'Paragraphs in English' },
  save: { fr: 'Enregistrer le texte', en: 'Save the narrative' },
  saved: { fr: 'Le texte du bilan est enregistré.', en: 'The Bilan narrative is saved.' },
  preview: { fr: 'Aperçu du bilan', en: 'Preview the Bilan' },
  publish: { fr: 'Publier ce bilan', en: 'Publish this Bilan' },
}

/** The publish confirmation and the list of publications. */
export const publishText = {
  notOver: {
    fr: 'La période d’un bilan publié doit être terminée : sa fin ne peut pas dépasser aujourd’hui.',
    en: 'A published Bilan’s period must be over: it cannot end after today.',
  },
  title: { fr: 'Publier le bilan', en: 'Publish the Bilan' },
  question: (version: number): Localized => ({
    fr: `Publier la version ${version} de ce bilan ? Une version publiée ne change plus, même si les données changent ; publier de nouveau crée une nouvelle version.`,
    en: `Publish version ${version} of this Bilan? A published version never changes, even when the data does; publishing again makes a new version.`,
  }),
  confirm: { fr: 'Publier', en: 'Publish' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  figures: { fr: 'Chiffres clés', en: 'Key figures' },
  published: (version: number): Localized => ({
    fr: `La version ${version} du bilan est publiée.`,
    en: `Version ${version} of the Bilan is published.`,
  }),
  listTitle: { fr: 'Bilans publiés', en: 'Published Bilans' },
  none: { fr: 'Aucun bilan publié.', en: 'No Bilan published.' },
  region: { fr: 'Région', en: 'Region' },
  version: { fr: 'Version', en: 'Version' },
  publishedAt: { fr: 'Publié le', en: 'Published on' },
  dataAsOf: { fr: 'Données au', en: 'Data as of' },
  publicPage: { fr: 'Page publique', en: 'Public page' },
}

/** The key figures of a Bilan, as its pages name them. */
export const figureLabels = {
  personsAccompanied: { fr: 'Personnes accompagnées', en: 'Persons accompanied' },
  enterprisesAccompanied: { fr: 'Entreprises accompagnées', en: 'Enterprises accompanied' },
  agreements: { fr: 'Ententes', en: 'Agreements' },
  fewerThanFive: { fr: 'moins de 5', en: 'fewer than 5' },
}
