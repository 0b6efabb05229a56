// The demo region's partners and their agreements (Gaspésie–Îles-de-la-Madeleine, region 11): the Bilan counts SEVEN
// agreements in force between 2019-08-01 and 2021-06-30 (signed by its end, period overlapping it), and local actions of
// all twelve kinds in that period. Around them, agreements the counting rule must leave out: one ended before the
// period, one signed after it, one running today (with its overdue report and payment), one still in preparation.
// Amounts are in dollars here (cents in the application). Besides the four resource organizations, the MRCs and the
// municipality the seed names: funded partners, not services for persons, so not listed on the public region page.

/** The four resource organizations of the demo, in `loadDemo`'s order, then those this file adds. */
export type OrgKey = 'cjeAvignon' | 'cjeRocher' | 'cld' | 'pouvoir' | 'mrcGaspe' | 'mrcAvignon' | 'villeGaspe'
export const resourceOrgKeys = ['cjeAvignon', 'cjeRocher', 'cld', 'pouvoir'] as const

export const extraOrganizations = [
  {
    key: 'mrcGaspe',
    name: 'MRC de La Côte-de-Gaspé',
    kind: 'mrc',
    city: 'Gaspé',
    description: 'Plan d’action en immigration des municipalités de La Côte-de-Gaspé.',
    servedMrcCodes: ['03'],
    services: ['community_life', 'intercultural_activities', 'reception_settlement'],
    listedPublicly: false,
  },
  {
    key: 'mrcAvignon',
    name: 'MRC d’Avignon',
    kind: 'mrc',
    city: 'Nouvelle',
    description: 'Accueil et établissement des nouveaux arrivants dans les municipalités d’Avignon.',
    servedMrcCodes: ['06'],
    services: ['community_life', 'intercultural_activities', 'housing'],
    listedPublicly: false,
  },
  {
    key: 'villeGaspe',
    name: 'Ville de Gaspé',
    kind: 'municipality',
    city: 'Gaspé',
    description: 'Services municipaux et activités d’accueil des nouveaux résidents.',
    servedMrcCodes: ['03'],
    services: ['community_life', 'intercultural_activities'],
    listedPublicly: false,
  },
] as const

export type Amendment = { signedOn: string; summary: string; amounts: [number, number][] }

/** An agreement's terms and its history: signed, started, and completed once its final reports are accepted. */
export type DemoAgreement = {
  org: OrgKey
  program: 'PAC' | 'PASI' | 'PRI'
  volet: '1' | '2' | 'AQ' | 'PP' | 'G'
  reference: string
  title: string
  objectives: string
  mrcCodes: string[]
  startOn: string
  endOn: string
  /** [fiscal year, dollars] for each fiscal year of the period. */
  amounts: [number, number][]
  fundsReferrals?: boolean
  signedOn: string
  /** Completed (final reports accepted) when true; otherwise still in progress. */
  completed: boolean
  amendment?: Amendment
  /** One interim report sent back once before being accepted (the review's history). */
  returnedOnce?: number
}

const welcome =
  'Accueillir les personnes immigrantes, les accompagner dans leur installation et rapprocher les communautés.'

/** The seven agreements in force during the Bilan's period. */
export const inForceAgreements: DemoAgreement[] = [
  {
    org: 'mrcGaspe',
    program: 'PAC',
    volet: '1',
    reference: 'PAC-11-2019-001',
    title: 'Plan d’action en immigration de la MRC de La Côte-de-Gaspé',
    objectives: `${welcome} Mettre en œuvre le plan d’action municipal en immigration adopté en 2019.`,
    mrcCodes: ['03'],
    startOn: '2019-10-01',
    endOn: '2022-03-31',
    amounts: [
      [2019, 45_000],
      [2020, 60_000],
      [2021, 60_000],
    ],
    signedOn: '2019-09-16',
    completed: true,
    returnedOnce: 2020,
  },
  {
    org: 'mrcAvignon',
    program: 'PAC',
    volet: '1',
    reference: 'PAC-11-2020-002',
    title: 'Plan d’action en immigration de la MRC d’Avignon',
    objectives: `${welcome} Coordonner l’accueil dans les municipalités de la Baie-des-Chaleurs.`,
    mrcCodes: ['06'],
    startOn: '2020-04-01',
    endOn: '2022-03-31',
    amounts: [
      [2020, 40_000],
      [2021, 50_000],
    ],
    signedOn: '2020-03-20',
    completed: true,
    amendment: {
      signedOn: '2021-03-15',
      summary: 'Avenant 1 : ajout de 10 000 $ en 2021-2022 pour la Fête des pays d’origine régionale.',
      amounts: [
        [2020, 40_000],
        [2021, 60_000],
      ],
    },
  },
  {
    org: 'villeGaspe',
    program: 'PAC',
    volet: '1',
    reference: 'PAC-11-2019-003',
    title: 'Gaspé, terre d’accueil',
    objectives: `${welcome} Faire connaître les services municipaux aux nouveaux arrivants.`,
    mrcCodes: ['03'],
    startOn: '2019-08-01',
    endOn: '2021-03-31',
    amounts: [
      [2019, 30_000],
      [2020, 35_000],
    ],
    signedOn: '2019-07-15',
    completed: true,
  },
  {
    org: 'cjeAvignon',
    program: 'PASI',
    volet: 'AQ',
    reference: 'PASI-AQ-11-2019-004',
    title: 'Soutien à Accompagnement Québec — Avignon et Bonaventure',
    objectives:
      'Recevoir les références d’Accompagnement Québec et accompagner les personnes vers l’emploi et la francisation.',
    mrcCodes: ['05', '06'],
    startOn: '2019-08-01',
    endOn: '2022-03-31',
    amounts: [
      [2019, 85_000],
      [2020, 90_000],
      [2021, 90_000],
    ],
    fundsReferrals: true,
    signedOn: '2019-07-22',
    completed: true,
  },
  {
    org: 'cjeRocher',
    program: 'PASI',
    volet: 'AQ',
    reference: 'PASI-AQ-11-2020-005',
    title: 'Soutien à Accompagnement Québec — Le Rocher-Percé',
    objectives: 'Recevoir les références d’Accompagnement Québec et accompagner les personnes vers l’emploi.',
    mrcCodes: ['02'],
    startOn: '2020-04-01',
    endOn: '2023-03-31',
    amounts: [
      [2020, 75_000],
      [2021, 75_000],
      [2022, 75_000],
    ],
    fundsReferrals: true,
    signedOn: '2020-03-25',
    completed: true,
  },
  {
    org: 'cld',
    program: 'PAC',
    volet: '2',
    reference: 'PAC-11-2019-006',
    title: 'Attraction et établissement durable en Haute-Gaspésie',
    objectives: `${welcome} Soutenir l’établissement des familles immigrantes en Haute-Gaspésie.`,
    mrcCodes: ['04'],
    startOn: '2019-11-01',
    endOn: '2021-03-31',
    amounts: [
      [2019, 25_000],
      [2020, 40_000],
    ],
    signedOn: '2019-10-15',
    completed: true,
  },
  {
    org: 'pouvoir',
    program: 'PAC',
    volet: '2',
    reference: 'PAC-11-2021-007',
    title: 'Francisation et jumelage linguistique à Gaspé',
    objectives: 'Offrir des ateliers de français et des jumelages linguistiques aux personnes immigrantes de Gaspé.',
    mrcCodes: ['03'],
    startOn: '2021-04-01',
    endOn: '2023-03-31',
    amounts: [
      [2021, 30_000],
      [2022, 30_000],
    ],
    signedOn: '2021-03-18',
    completed: true,
  },
]

/** Agreements the counting rule leaves out: one ended before the period, one signed after it. */
export const pastOutsideAgreements: DemoAgreement[] = [
  {
    org: 'cjeAvignon',
    program: 'PRI',
    volet: 'G',
    reference: 'PRI-11-2017-001',
    title: 'Réussir l’intégration — Baie-des-Chaleurs',
    objectives: 'Accompagner les nouveaux arrivants de la Baie-des-Chaleurs dans leurs premières démarches.',
    mrcCodes: ['05', '06'],
    startOn: '2017-04-01',
    endOn: '2019-03-31',
    amounts: [
      [2017, 60_000],
      [2018, 60_000],
    ],
    signedOn: '2017-03-10',
    completed: true,
  },
  {
    org: 'villeGaspe',
    program: 'PAC',
    volet: '1',
    reference: 'PAC-11-2021-008',
    title: 'Gaspé, terre d’accueil — deuxième plan d’action',
    objectives: `${welcome} Poursuivre le plan d’action municipal (signé en juillet 2021, effet au 1er avril).`,
    mrcCodes: ['03'],
    startOn: '2021-04-01',
    endOn: '2024-03-31',
    amounts: [
      [2021, 35_000],
      [2022, 35_000],
      [2023, 35_000],
    ],
    signedOn: '2021-07-12',
    completed: true,
  },
]
