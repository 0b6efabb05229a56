// The demo region's local actions (Gaspésie–Îles-de-la-Madeleine): all twelve kinds of the catalogue during the Bilan's
// period (2019-08-01 – 2021-06-30) under the seven agreements in force, and two outside it. Places are the region's
// municipalities and MRC codes; participants are [immigrants, total].

/** A local action: the agreement (by reference), its kind, dates, place and participants. */
export type DemoAction = {
  agreement: string
  kind: string
  title: string
  startOn: string
  endOn?: string
  municipality: string
  mrcCode: string
  participants?: [number, number]
  partners?: string
}

/** Local actions of all twelve kinds during the period, then some outside it (before, after). */
export const demoActions: DemoAction[] = [
  {
    agreement: 'PAC-11-2019-003',
    kind: 'intercultural_meals',
    title: 'Souper interculturel de la Ville de Gaspé',
    startOn: '2019-11-23',
    municipality: 'Gaspé',
    mrcCode: '03',
    participants: [38, 95],
    partners: 'Cégep de la Gaspésie et des Îles',
  },
  {
    agreement: 'PAC-11-2019-001',
    kind: 'regional_initiation',
    title: 'Découverte du parc national Forillon pour les nouveaux arrivants',
    startOn: '2020-08-15',
    municipality: 'Gaspé',
    mrcCode: '03',
    participants: [24, 31],
    partners: 'Parcs Canada',
  },
  {
    agreement: 'PAC-11-2020-002',
    kind: 'origin_festivals',
    title: 'Fête des pays d’origine de Carleton-sur-Mer',
    startOn: '2021-06-19',
    municipality: 'Carleton-sur-Mer',
    mrcCode: '06',
    participants: [60, 210],
  },
  {
    agreement: 'PAC-11-2019-001',
    kind: 'video_portraits',
    title: 'Capsules vidéo « Ils ont choisi la Côte-de-Gaspé »',
    startOn: '2020-09-01',
    endOn: '2020-12-15',
    municipality: 'Gaspé',
    mrcCode: '03',
    participants: [8, 8],
  },
  {
    agreement: 'PAC-11-2019-003',
    kind: 'awareness_campaigns',
    title: 'Campagne « Gaspé, terre d’accueil »',
    startOn: '2020-02-03',
    endOn: '2020-03-13',
    municipality: 'Gaspé',
    mrcCode: '03',
    partners: 'Radio Gaspésie',
  },
  {
    agreement: 'PAC-11-2019-006',
    kind: 'school_tours',
    title: 'Tournée de sensibilisation dans les écoles de La Haute-Gaspésie',
    startOn: '2020-02-10',
    endOn: '2020-02-21',
    municipality: 'Sainte-Anne-des-Monts',
    mrcCode: '04',
    participants: [12, 240],
    partners: 'Centre de services scolaire des Chic-Chocs',
  },
  {
    agreement: 'PAC-11-2021-007',
    kind: 'pairing',
    title: 'Jumelage linguistique français–espagnol',
    startOn: '2021-04-15',
    endOn: '2021-06-17',
    municipality: 'Gaspé',
    mrcCode: '03',
    participants: [14, 28],
  },
  {
    agreement: 'PASI-AQ-11-2019-004',
    kind: 'employer_sessions',
    title: 'Recruter à l’international : séance pour les employeurs de la Baie-des-Chaleurs',
    startOn: '2020-10-21',
    municipality: 'Bonaventure',
    mrcCode: '05',
    participants: [2, 22],
    partners: 'Chambre de commerce Baie-des-Chaleurs',
  },
  {
    agreement: 'PASI-AQ-11-2020-005',
    kind: 'cultural_outings',
    title: 'Visite du rocher Percé et conférence sur l’histoire de la pêche',
    startOn: '2020-08-22',
    municipality: 'Percé',
    mrcCode: '02',
    participants: [19, 26],
  },
  {
    agreement: 'PASI-AQ-11-2020-005',
    kind: 'integration_talks',
    title: 'Atelier-causerie « Les clés de l’intégration en emploi »',
    startOn: '2021-02-18',
    municipality: 'Chandler',
    mrcCode: '02',
    participants: [11, 13],
  },
  {
    agreement: 'PASI-AQ-11-2019-004',
    kind: 'networking',
    title: '5 à 7 de réseautage des nouveaux arrivants de la Baie-des-Chaleurs',
    startOn: '2019-11-14',
    municipality: 'Bonaventure',
    mrcCode: '05',
    participants: [27, 54],
  },
  {
    agreement: 'PAC-11-2020-002',
    kind: 'welcome_guides',
    title: 'Guide d’accueil des personnes immigrantes de la MRC d’Avignon',
    startOn: '2020-06-01',
    endOn: '2020-09-30',
    municipality: 'Carleton-sur-Mer',
    mrcCode: '06',
  },
  {
    agreement: 'PAC-11-2019-006',
    kind: 'intercultural_meals',
    title: 'Brunch interculturel de Sainte-Anne-des-Monts',
    startOn: '2020-01-26',
    municipality: 'Sainte-Anne-des-Monts',
    mrcCode: '04',
    participants: [22, 60],
  },
  // Outside the period: before it (the earlier program, in its last winter), after it (the second municipal plan).
  {
    agreement: 'PRI-11-2017-001',
    kind: 'intercultural_meals',
    title: 'Souper interculturel de Bonaventure',
    startOn: '2019-02-16',
    municipality: 'Bonaventure',
    mrcCode: '05',
    participants: [30, 80],
  },
  {
    agreement: 'PAC-11-2021-008',
    kind: 'origin_festivals',
    title: 'Fête des pays d’origine de Gaspé',
    startOn: '2021-09-18',
    municipality: 'Gaspé',
    mrcCode: '03',
    participants: [75, 260],
  },
]

/** How many of `demoActions` fall in the Bilan's period (the test's count). */
export const DEMO_ACTIONS_IN_PERIOD = 13
