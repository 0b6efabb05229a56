// What the seed document and the demo data (src/seed/demo.ts) put in the database, as the journeys expect to read it.
// Written out here rather than imported from src/, so that a change to the seed that loses a fact fails a journey.

/** The seed region, Gaspésie–Îles-de-la-Madeleine, and what its public page states in both languages. */
export const seedRegion = {
  slug: 'gaspesie-iles-de-la-madeleine',
  name: 'Gaspésie–Îles-de-la-Madeleine',
  /** Its service points' addresses, the directorate's phone and email, and the partner organizations. */
  facts: [
    '11, rue de la Cathédrale',
    '96 Montée de Sandy Beach, bureau 2.11',
    '314, boulevard Perron',
    '1 833 273-4667',
    'accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    'Carrefour Jeunesse Emploi Avignon Bonaventure Action Travail Chaleurs',
    'Carrefour Jeunesse Emploi Rocher Percé Option Emploi',
    'Centre Local de Développement de la Haute Gaspésie',
    'Pouvoir des mots de Gaspé',
  ],
  /** Its service points, counted in words as the region page does; `afterOneMore` once a journey has added one. */
  pointsInWords: { fr: 'trois points de services', en: 'three service points' },
  pointsInWordsAfterOneMore: { fr: 'quatre points de services', en: 'four service points' },
  /** One of its service points, as the staff list names it. */
  servicePoint: 'Services Québec — Carleton-sur-Mer',
  /** A service point a journey adds. */
  newServicePoint: {
    name: 'Services Québec — Sainte-Anne-des-Monts',
    address: '10, boulevard Sainte-Anne Ouest',
    city: 'Sainte-Anne-des-Monts',
  },
} as const

/** The demo accounts' names, by role (src/seed/demo.ts). */
export const demoNames = {
  admin: 'Administration Escale',
  agent: 'Amina Diallo',
  director: 'Isabelle Roy',
} as const

/** The organization's name beside the signature on the public site (the default of ESCALE_ORGANIZATION_NAME). */
export const ORGANIZATION = 'Immigration, Francisation et Intégration'

/**
 * A demo person of the Accompagnement Québec data (src/seed/demo-people.ts, index 69): her dossier is at Amina Diallo's
 * service point (Sandy Beach), in follow-up, never closed, with no referral and no consent yet.
 */
export const demoPerson = {
  /** As the person page's heading names her, and as the persons list does. */
  name: 'Grâce Mukendi',
  listName: 'Mukendi, Grâce',
  /** Her name as an agent types it in a hurry: no accent, one letter wrong. */
  typed: 'grace mukendy',
  /** Her languages, named in each language (the person page, the partner's portrait). */
  languages: { fr: 'Français, Lingala', en: 'French, Lingala' },
} as const

/** The partner organization of the demo partner account (src/seed/demo.ts), as the referral form lists it. */
export const demoPartner = {
  organization: 'Pouvoir des mots de Gaspé',
  option: 'Pouvoir des mots de Gaspé (Gaspé)',
} as const

/**
 * The demo region's employer services (src/seed/demo-employers*.ts): the Bilan's enterprises accompanied between
 * 2019-08-01 and 2021-06-30, hires and interregional hires (candidates from Montréal), and names the journeys can find.
 */
export const demoEmployers = {
  accompanied: 19,
  /** Served only before or after the period. */
  outsidePeriod: 4,
  hires: 4,
  interregionalHires: 2,
  /** Its only service of the period is on the period's first day (2019-08-01). */
  firstDayEnterprise: 'Poissonnerie Cap-aux-Vents inc.',
  /** A candidate settled in Montréal, hired in Murdochville (wind energy). */
  mobileHire: { candidate: 'Karim Belkacem', enterprise: 'Éoliennes Vents du Large S.E.C.' },
  /** An enterprise of the region (a restaurant in Carleton-sur-Mer) to which a journey adds a cook's position. */
  journeyEnterprise: 'Restaurant Le Quai des Brumes',
  /** A cook (CNP 63200, French 6, 7 years) settled in Montréal who would move to the region, never hired. */
  mobileCook: 'Nguyen Van Long',
} as const

/**
 * The demo region's Bilan for the seed's period (src/seed/demo-reports.ts publishes it once, as version 1): its
 * figures, and facts its text states in each language.
 */
export const demoBilan = {
  region: '11',
  from: '2019-08-01',
  to: '2021-06-30',
  personsAccompanied: 83,
  enterprisesAccompanied: 19,
  agreements: 7,
  /** The demo publishes version 1; a journey's first publication is version 2. */
  publishedVersions: 1,
  text: {
    fr: ['83 personnes immigrantes', 'sept ententes', 'deux conseillères et conseillers'],
    en: ['83 immigrants', 'seven agreements', 'two regional immigration advisors'],
  },
} as const
