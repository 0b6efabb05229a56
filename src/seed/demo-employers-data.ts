// The demo region's enterprises (Gaspésie–Îles-de-la-Madeleine): invented names, in the region's real sectors and real
// municipalities of its MRCs (01 Les Îles-de-la-Madeleine, 02 Le Rocher-Percé, 03 La Côte-de-Gaspé, 04 La
// Haute-Gaspésie, 05 Bonaventure, 06 Avignon). The advisors' services, labour needs by CNP 2021, and who was proposed.

type ServiceKind =
  | 'immigration_programs_info'
  | 'recruitment_strategy'
  | 'international_mission'
  | 'temporary_workers'
  | 'interregional_mobility'
  | 'labour_matching'
  | 'employer_session'

/** A labour need: title, CNP 2021 unit group, positions, type, French level required (1–12), wage in dollars. */
export type DemoNeed = {
  title: string
  cnpCode: string
  positions: number
  employmentType: 'permanent' | 'temporary' | 'seasonal'
  frenchLevel?: number
  experienceYears?: number
  wage?: string
  wageUnit?: 'hour' | 'year'
  regulatedProfession?: boolean
  credentialRequired?: string
  startOn?: string
}

export type DemoEnterprise = {
  legalName: string
  /** SCIAN 2022 sector. */
  scianCode: string
  sizeBand: '1-4' | '5-19' | '20-99' | '100-499' | '500+'
  city: string
  mrcCode: string
  /** Services as [date, kind]; a third element is the follow-up date. */
  services: [string, ServiceKind, string?][]
  needs: DemoNeed[]
}

/** A labour need in one line: title, CNP unit group, positions, type, French level, and what else it asks. */
const need = (
  title: string,
  cnpCode: string,
  positions: number,
  employmentType: DemoNeed['employmentType'],
  frenchLevel: number,
  more: Partial<DemoNeed> = {},
): DemoNeed => ({ title, cnpCode, positions, employmentType, frenchLevel, ...more })

type Place = Pick<DemoEnterprise, 'scianCode' | 'sizeBand' | 'city' | 'mrcCode'>
/** An enterprise: its name, sector, size and place, then its services and needs. */
const at = (legalName: string, place: Place, services: DemoEnterprise['services'], needs: DemoNeed[] = []) => ({
  legalName,
  ...place,
  services,
  needs,
})
const place = (scianCode: string, sizeBand: Place['sizeBand'], city: string, mrcCode: string): Place => ({
  scianCode,
  sizeBand,
  city,
  mrcCode,
})
const ccq = { regulatedProfession: true, credentialRequired: 'Certificat de compétence de la CCQ' }

/** Exactly 19 enterprises served between 2019-08-01 and 2021-06-30 (the first and the last on the period's ends). */
export const accompaniedEnterprises: DemoEnterprise[] = [
  at(
    'Poissonnerie Cap-aux-Vents inc.',
    place('31-33', '20-99', 'Grande-Rivière', '02'),
    [['2019-08-01', 'immigration_programs_info', '2019-09-05']],
    [
      need('Ouvrier ou ouvrière d’usine de transformation du poisson', '94142', 6, 'seasonal', 4, {
        wage: '18,50',
        wageUnit: 'hour',
        startOn: '2021-04-26',
      }),
    ],
  ),
  at(
    'Crustacés des Îles, coopérative',
    place('31-33', '100-499', 'Les Îles-de-la-Madeleine', '01'),
    [
      ['2019-10-08', 'temporary_workers', '2019-11-12'],
      ['2020-02-18', 'international_mission'],
      ['2021-03-02', 'labour_matching'],
    ],
    [need('Manœuvre à la transformation des crustacés', '95107', 8, 'seasonal', 3, { startOn: '2021-05-03' })],
  ),
  at(
    'Pêcheries Baie-des-Chaleurs ltée',
    place('11', '5-19', 'Paspébiac', '05'),
    [['2020-01-21', 'recruitment_strategy']],
    [need('Matelot de pont', '84121', 3, 'seasonal', 5, { startOn: '2021-04-15' })],
  ),
  at(
    'Auberge du Barachois',
    place('72', '20-99', 'Percé', '02'),
    [
      ['2019-11-14', 'employer_session'],
      ['2020-11-10', 'international_mission', '2021-01-12'],
    ],
    [
      need('Cuisinier ou cuisinière', '63200', 2, 'seasonal', 6, {
        experienceYears: 2,
        wage: '21,00',
        wageUnit: 'hour',
      }),
      need('Préposé ou préposée à l’entretien des chambres', '65310', 3, 'seasonal', 3, { startOn: '2021-06-01' }),
    ],
  ),
  at(
    'Hôtel de la Pointe-Forillon',
    place('72', '20-99', 'Gaspé', '03'),
    [['2020-03-03', 'interregional_mobility']],
    [need('Réceptionniste d’hôtel', '64314', 1, 'permanent', 8)],
  ),
  at(
    'Restaurant Le Quai des Brumes',
    place('72', '5-19', 'Carleton-sur-Mer', '06'),
    [['2020-06-16', 'labour_matching']],
    [need('Aide-cuisinier ou aide-cuisinière', '65201', 2, 'seasonal', 3)],
  ),
  at('Villégiature des Chic-Chocs', place('72', '20-99', 'Sainte-Anne-des-Monts', '04'), [
    ['2020-09-22', 'recruitment_strategy'],
  ]),
  at(
    'Résidence Soleil-Levant',
    place('62', '20-99', 'Bonaventure', '05'),
    [
      ['2019-09-17', 'immigration_programs_info'],
      ['2020-10-06', 'interregional_mobility', '2020-11-03'],
    ],
    [
      need('Préposé ou préposée aux bénéficiaires', '33102', 4, 'permanent', 7, {
        credentialRequired: 'Attestation d’études professionnelles (AEP) en soutien aux soins d’assistance',
        wage: '22,35',
        wageUnit: 'hour',
      }),
    ],
  ),
  at(
    'Coopérative de soins à domicile de la Haute-Gaspésie',
    place('62', '20-99', 'Sainte-Anne-des-Monts', '04'),
    [['2020-08-25', 'immigration_programs_info']],
    [need('Auxiliaire familial et social', '44101', 3, 'permanent', 7)],
  ),
  at(
    'Clinique médicale de la Baie',
    place('62', '5-19', 'New Richmond', '05'),
    [['2021-01-19', 'immigration_programs_info', '2021-02-16']],
    [
      need('Infirmière ou infirmier', '31301', 1, 'permanent', 9, {
        regulatedProfession: true,
        credentialRequired: 'Permis de l’Ordre des infirmières et infirmiers du Québec',
      }),
    ],
  ),
  at(
    'Scierie des Monts Chic-Chocs inc.',
    place('31-33', '20-99', 'Cap-Chat', '04'),
    [
      ['2019-12-03', 'temporary_workers'],
      ['2021-02-09', 'labour_matching'],
    ],
    [
      need('Opérateur ou opératrice de machines à scier', '94120', 2, 'permanent', 5, {
        experienceYears: 1,
        wage: '24,10',
        wageUnit: 'hour',
      }),
    ],
  ),
  at(
    'Forestiers de la Ristigouche',
    place('11', '5-19', 'Pointe-à-la-Croix', '06'),
    [['2020-04-28', 'temporary_workers']],
    [need('Opérateur ou opératrice d’abatteuse et de débardeuse', '84110', 2, 'seasonal', 4, { experienceYears: 2 })],
  ),
  at('Bois ouvré Matapédia', place('31-33', '5-19', 'Matapédia', '06'), [['2020-07-07', 'employer_session']]),
  at(
    'Éoliennes Vents du Large S.E.C.',
    place('22', '5-19', 'Murdochville', '03'),
    [['2020-05-12', 'recruitment_strategy', '2020-06-09']],
    [
      need('Technicien ou technicienne de maintenance d’éoliennes', '72400', 2, 'permanent', 6, {
        experienceYears: 3,
        wage: '68 000',
        wageUnit: 'year',
      }),
    ],
  ),
  at(
    'Maintenance éolienne Cap-Chat inc.',
    place('22', '5-19', 'Cap-Chat', '04'),
    [['2021-04-13', 'international_mission']],
    [need('Électromécanicien ou électromécanicienne', '72422', 1, 'permanent', 6, { experienceYears: 2 })],
  ),
  at(
    'Ferme maraîchère de la Cascapédia',
    place('11', '5-19', 'Cascapédia–Saint-Jules', '05'),
    [['2020-02-04', 'temporary_workers']],
    [need('Manœuvre à la récolte', '85101', 5, 'seasonal', 2, { startOn: '2021-06-14' })],
  ),
  at('Bergerie du Havre-Aubert', place('11', '1-4', 'Les Îles-de-la-Madeleine', '01'), [
    ['2020-12-08', 'immigration_programs_info'],
  ]),
  at(
    'Construction Rocher-Percé inc.',
    place('23', '20-99', 'Chandler', '02'),
    [
      ['2019-08-27', 'recruitment_strategy'],
      ['2021-05-18', 'interregional_mobility'],
    ],
    [need('Charpentier-menuisier ou charpentière-menuisière', '72310', 2, 'permanent', 6, ccq)],
  ),
  at(
    'Excavation Avignon ltée',
    place('23', '5-19', 'Maria', '06'),
    [['2021-06-30', 'labour_matching', '2021-07-28']],
    [need('Conducteur ou conductrice d’équipement lourd', '73400', 1, 'seasonal', 5, { experienceYears: 1 })],
  ),
]

/** Enterprises served only outside the period: the eve of it, earlier in 2019, its morrow, and this decade. */
export const enterprisesOutsidePeriod: DemoEnterprise[] = [
  at('Chantier naval de la Baie de Gaspé', place('31-33', '20-99', 'Gaspé', '03'), [
    ['2019-07-31', 'immigration_programs_info'],
  ]),
  at('Fumoir de l’Anse-à-Beaufils', place('31-33', '1-4', 'Percé', '02'), [['2019-05-14', 'employer_session']]),
  at('Gîte du Phare de Cap-des-Rosiers', place('72', '1-4', 'Gaspé', '03'), [
    ['2021-07-01', 'immigration_programs_info'],
    ['2022-03-15', 'recruitment_strategy'],
  ]),
  at(
    'Électricité Grande-Vallée inc.',
    place('23', '5-19', 'Grande-Vallée', '03'),
    [['2023-10-17', 'labour_matching']],
    [need('Électricien ou électricienne', '72200', 1, 'permanent', 7, ccq)],
  ),
]

/** A candidate: target occupations, French level, experience, availability; mobility for those from elsewhere. */
export type DemoCandidate = {
  targetCnpCodes: string[]
  frenchLevel: number
  experienceYears: number
  credentialStatus: 'not_needed' | 'not_started' | 'in_progress' | 'recognized'
  workPermit: 'permanent' | 'open_permit' | 'employer_specific'
  availableOn: string
}

const candidate = (
  targetCnpCodes: string[],
  frenchLevel: number,
  experienceYears: number,
  credentialStatus: DemoCandidate['credentialStatus'],
  workPermit: DemoCandidate['workPermit'],
  availableOn: string,
): DemoCandidate => ({ targetCnpCodes, frenchLevel, experienceYears, credentialStatus, workPermit, availableOn })

/** Demo persons of the region (their index in demo-people.ts) who consented to job matching, with their profile. */
export const regionalCandidates: [index: number, DemoCandidate][] = [
  [3, candidate(['94142', '95107'], 5, 2, 'not_needed', 'permanent', '2021-04-01')],
  [7, candidate(['63200'], 7, 4, 'not_needed', 'permanent', '2021-05-01')],
  [12, candidate(['33102', '44101'], 8, 3, 'recognized', 'permanent', '2021-03-15')],
  [18, candidate(['94120', '95106'], 5, 1, 'not_needed', 'open_permit', '2021-03-01')],
  [25, candidate(['65310', '65201'], 4, 0, 'not_needed', 'open_permit', '2021-05-15')],
  [33, candidate(['31301'], 9, 6, 'in_progress', 'permanent', '2021-06-01')],
  [41, candidate(['84121', '94142'], 3, 5, 'not_needed', 'employer_specific', '2021-04-01')],
]

/** Persons settled in Montréal who would move to the region (mobility), with their profile. */
export const montrealCandidates: [givenName: string, familyName: string, DemoCandidate][] = [
  ['Karim', 'Belkacem', candidate(['72400', '72422'], 8, 5, 'recognized', 'permanent', '2021-03-01')],
  ['Lucía', 'Fernández', candidate(['33102'], 7, 2, 'recognized', 'permanent', '2021-02-15')],
  ['Nguyen', 'Van Long', candidate(['63200', '62200'], 6, 7, 'not_needed', 'permanent', '2021-04-15')],
  ['Oumar', 'Sow', candidate(['72310'], 9, 4, 'in_progress', 'permanent', '2021-05-01')],
]
