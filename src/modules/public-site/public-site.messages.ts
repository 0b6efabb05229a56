import type { Localized } from '../../platform/errors.js'

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
    fr: 'La région est desservie par la direction régionale ci-dessous ; elle peut vous orienter.',
    en: 'The region is served by the regional directorate below; it can direct you.',
  },
  noDirectorate: {
    fr: "Aucune direction régionale n'est encore inscrite pour cette région. Consultez la page d'une région voisine :",
    en: 'No regional directorate is listed for this region yet. See the page of a neighbouring region:',
  },
  staffSignIn: { fr: 'Espace du personnel', en: 'Staff area' },
} satisfies Record<string, Localized>

/** Titles of the information pages linked from every page's footer. */
export const infoText = {
  accessibility: { fr: "Déclaration d'accessibilité", en: 'Accessibility statement' },
  privacy: { fr: 'Politique de confidentialité', en: 'Privacy policy' },
} satisfies Record<string, Localized>
