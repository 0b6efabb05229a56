import type { Localized } from '../../platform/errors.js'
import type { Lang } from '../../platform/views/i18n.js'

/** The ministry, spelled out where its acronym appears (the acronym alone means nothing to most citizens). */
export const ministry: Localized = {
  fr: "ministère de l'Immigration, de la Francisation et de l'Intégration (MIFI)",
  en: 'Ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI)',
}

/** Texts of the public regional pages. */
export const regionText = {
  homeTitle: { fr: 'Immigration dans les régions du Québec', en: 'Immigration in the regions of Québec' },
  homeIntro: {
    fr: "Chaque région du Québec compte sur une direction régionale du ministère de l'Immigration, de la Francisation et de l'Intégration (MIFI). Choisissez une région.",
    en: 'Each region of Québec is served by a regional directorate of the Ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI). Choose a region.',
  },
  home: { fr: 'Accueil', en: 'Home' },
  regions: { fr: 'Régions', en: 'Regions' },
  allRegions: { fr: 'Toutes les régions', en: 'All regions' },
  otherRegions: { fr: 'Les régions du Québec', en: 'The regions of Québec' },
  servedBy: { fr: 'Direction régionale qui dessert la région', en: 'Regional directorate serving the region' },
  staffTitle: { fr: 'Personnel du ministère dans la région', en: 'Ministry staff in the region' },
  pointsTitle: { fr: 'Points de services', en: 'Service points' },
  pointsIntro: { fr: 'Les bureaux sont situés :', en: 'The offices are located at:' },
  contactTitle: { fr: 'Pour nous joindre', en: 'Contact us' },
  contactIntro: {
    fr: "Pour communiquer avec l'un ou l'autre des points de services, on peut le faire par courriel ou par téléphone :",
    en: 'You can reach any of the service points by email or by phone:',
  },
  contactIntroEmpty: {
    fr: 'Pour toute question sur les services offerts dans la région, communiquez avec la direction régionale :',
    en: 'For any question about the services offered in the region, contact the regional directorate:',
  },
  /** The contact channels' introduction for a region without a directorate or service point listed. */
  contactIntroRegion: {
    fr: 'Pour toute question sur les services offerts dans la région, écrivez ou téléphonez :',
    en: 'For any question about the services offered in the region, write or call:',
  },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  resourcesTitle: { fr: 'Des ressources disponibles', en: 'Available resources' },
  resourcesIntro: {
    fr: "Des ressources offrent des services d'intégration et d'accompagnement aux personnes immigrantes qui souhaitent s'établir dans la région :",
    en: 'These organizations offer integration and support services to immigrants who wish to settle in the region:',
  },
  empty: {
    fr: "Aucun point de services ni membre du personnel n'est inscrit pour cette région pour le moment.",
    en: 'No service point or staff member is listed for this region at the moment.',
  },
  emptyDirectorate: {
    fr: 'Pour toute question, la direction régionale qui dessert la région peut vous orienter : ses coordonnées sont ci-dessous.',
    en: 'For any question, the regional directorate serving the region can direct you: its contact information is below.',
  },
  emptyTitle: {
    fr: "Aucun service inscrit dans cette région pour l'instant",
    en: 'No services listed in this region yet',
  },
  emptyOrganizations: {
    fr: "Aucun organisme offrant des services aux personnes immigrantes n'y est inscrit non plus.",
    en: 'No organization offering services to immigrants is listed there either.',
  },
  noDirectorate: {
    fr: "Aucune direction régionale n'est encore inscrite pour cette région.",
    en: 'No regional directorate is listed for this region yet.',
  },
  noContacts: {
    fr: "Aucun courriel ni numéro de téléphone n'est encore inscrit pour la direction régionale qui dessert la région.",
    en: 'No email address or phone number is listed yet for the regional directorate serving the region.',
  },
  visitPoints: {
    fr: "Vous pouvez vous présenter à l'un des points de services ci-dessus.",
    en: 'You can visit one of the service points above.',
  },
  staffSignIn: { fr: 'Espace du personnel', en: 'Staff area' },
} satisfies Record<string, Localized>

/**
 * The sentence around the link to the contact page (before the link, after it), on the page of a region without a
 * directorate or without contact channels.
 */
export const contactPagePointer: Record<Lang, [string, string]> = {
  fr: ['Pour toute question, voyez comment joindre le ministère sur la page ', '.'],
  en: ['For any question, see how to reach the ministry on the ', ' page.'],
}

/** Titles of the information pages linked from every page's footer. */
export const infoText = {
  accessibility: { fr: "Déclaration d'accessibilité", en: 'Accessibility statement' },
  privacy: { fr: 'Politique de confidentialité', en: 'Privacy policy' },
} satisfies Record<string, Localized>

/** Texts of the search bar of the home page; `count` and `noMatch` take the number and the words searched. */
export const searchText = {
  label: { fr: 'Rechercher une région', en: 'Search for a region' },
  /** The search landmark's name, distinct from the field's label so that each names one thing. */
  landmark: { fr: 'Recherche de régions', en: 'Region search' },
  hint: {
    fr: 'Tout ou partie du nom, avec ou sans accents, ou le numéro de la région (par exemple : cote, 09).',
    en: 'All or part of the name, with or without accents, or the number of the region (for example: cote, 09).',
  },
  submit: { fr: 'Lancer la recherche', en: 'Submit search' },
  showAll: { fr: 'Afficher toutes les régions', en: 'Show all regions' },
  noMatchHint: {
    fr: "Vérifiez l'orthographe ou cherchez une partie du nom seulement.",
    en: 'Check the spelling or search for part of the name only.',
  },
  errorTitle: { fr: 'Erreur', en: 'Error' },
} satisfies Record<string, Localized>

/** "17 régions", "1 région correspond à « laval »", "2 regions match “saint”". */
export function regionCount(lang: Lang, n: number, q: string): string {
  if (lang === 'en') {
    const regions = n === 1 ? '1 region' : `${n} regions`
    return q ? `${regions} ${n === 1 ? 'matches' : 'match'} “${q}”` : regions
  }
  const regions = n === 1 ? '1 région' : `${n} régions`
  return q ? `${regions} ${n === 1 ? 'correspond' : 'correspondent'} à «\u00a0${q}\u00a0»` : regions
}

/** The title of the notice when nothing matches: "Aucune région ne correspond à « … »". */
export function noRegionMatches(lang: Lang, q: string): string {
  return lang === 'en' ? `No region matches “${q}”` : `Aucune région ne correspond à «\u00a0${q}\u00a0»`
}

/** A region's tile under its name: its number and, when it has some, its service points in force. */
export function regionMeta(lang: Lang, code: string, points: number): string {
  const region = lang === 'en' ? `Region ${code}` : `Région ${code}`
  if (points === 0) return region
  const what = { fr: ['point de services', 'points de services'], en: ['service point', 'service points'] }[lang]
  return `${region} · ${points} ${what[points === 1 ? 0 : 1]}`
}

/** Texts of the contact page ("Nous joindre"). */
export const contactText = {
  title: { fr: 'Nous joindre', en: 'Contact us' },
  intro: {
    fr: "Chaque direction régionale du ministère de l'Immigration, de la Francisation et de l'Intégration (MIFI) répond aux questions sur les services offerts aux personnes immigrantes dans sa région. Écrivez-lui ou téléphonez-lui, ou rendez-vous à l'un de ses points de services.",
    en: 'Each regional directorate of the Ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI) answers questions about the services offered to immigrants in its region. Write to it, call it, or visit one of its service points.',
  },
  directorate: { fr: 'Direction régionale', en: 'Regional directorate' },
  othersTitle: { fr: 'Régions sans coordonnées inscrites', en: 'Regions with no contact information listed' },
  othersIntro: {
    fr: "Aucune coordonnée n'est encore inscrite pour les régions suivantes :",
    en: 'No contact information is listed yet for the following regions:',
  },
  // No channel serves the whole province in the data: the ministry is named, no number is made up.
  othersAsk: {
    fr: "Pour toute question sur les services offerts dans ces régions, communiquez avec les services du ministère de l'Immigration, de la Francisation et de l'Intégration (MIFI).",
    en: 'For any question about the services offered in these regions, contact the services of the Ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI).',
  },
  none: {
    fr: "Aucune coordonnée n'est encore inscrite. Revenez bientôt.",
    en: 'No contact information is listed yet. Come back soon.',
  },
} satisfies Record<string, Localized>

/** The published Bilans on a region's page and each Bilan's own page. */
export const bilanText = {
  listTitle: { fr: 'Bilans des réalisations', en: 'Bilans of achievements' },
  /** One Bilan's name, before its period (a link, a breadcrumb). */
  oneTitle: { fr: 'Bilan des réalisations', en: 'Report on achievements' },
  listIntro: {
    fr: 'Les bilans publiés par la direction régionale, du plus récent au plus ancien. Les nombres de 1 à 4 sont publiés comme « moins de 5 » pour que personne ne puisse être reconnu.',
    en: 'The Bilans published by the regional directorate, newest first. Counts of 1 to 4 are published as “fewer than 5” so that nobody can be singled out.',
  },
  period: { fr: 'Période', en: 'Period' },
  version: (n: number, of?: number): Localized => ({
    fr: of ? `Version ${n} de ${of}` : `Version ${n}`,
    en: of ? `Version ${n} of ${of}` : `Version ${n}`,
  }),
  publishedOn: { fr: 'Publié le', en: 'Published on' },
  dataAsOf: { fr: 'Données au', en: 'Data as of' },
  open: { fr: 'Lire le bilan', en: 'Read the Bilan' },
  downloads: { fr: 'Télécharger', en: 'Download' },
  pdf: { fr: 'Bilan en PDF', en: 'Bilan as PDF' },
  docx: { fr: 'Bilan en Word (DOCX)', en: 'Bilan as Word (DOCX)' },
  versions: { fr: 'Autres versions de ce bilan', en: 'Other versions of this Bilan' },
  figures: { fr: 'Chiffres clés', en: 'Key figures' },
  bilans: { fr: 'Bilans', en: 'Bilans' },
} satisfies Record<string, Localized | ((n: number, of?: number) => Localized)>
