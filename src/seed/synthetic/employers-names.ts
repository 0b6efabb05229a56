// Fictional enterprises of Québec's regions, named as Québec's are (a founder's family name, a place, a trade), with
// the occupations (CNP 2021 unit groups) each sector hires for: any resemblance to a real enterprise is chance.
import { de } from './partners-names.js'

type Pattern = (place: string, family: string) => string

/** A SCIAN 2022 sector as the generator draws it: its weight among served enterprises, names, occupations hired. */
export type SectorProfile = { code: string; weight: number; names: readonly Pattern[]; cnpCodes: readonly string[] }

export const sectorProfiles: readonly SectorProfile[] = [
  {
    code: '11',
    weight: 10,
    names: [
      (p) => `Pêcheries ${de(p)}`,
      (_, f) => `Ferme ${f}`,
      (_, f) => `Serres ${f}`,
      (p) => `Coopérative forestière ${de(p)}`,
      (_, f) => `Érablière ${f}`,
    ],
    cnpCodes: ['85100', '84120', '83110', '85120', '80020', '84121', '83121', '85101', '82030'],
  },
  {
    code: '31-33',
    weight: 16,
    names: [
      (p) => `Fruits de mer ${de(p)}`,
      (p) => `Scierie ${de(p)}`,
      (_, f) => `Usinage ${f}`,
      (p) => `Boulangerie artisanale ${de(p)}`,
      (_, f) => `Portes et fenêtres ${f}`,
      (p) => `Abattoir régional ${de(p)}`,
    ],
    cnpCodes: ['94142', '95106', '94141', '94140', '94124', '72106', '95109', '94143', '63202', '21301'],
  },
  {
    code: '72',
    weight: 15,
    names: [
      (p) => `Auberge ${de(p)}`,
      (p) => `Hôtel ${p}`,
      (_, f) => `Restaurant Chez ${f}`,
      (p) => `Camping ${de(p)}`,
      (_, f) => `Bistro ${f}`,
    ],
    cnpCodes: ['63200', '65201', '65310', '64314', '62020', '65200'],
  },
  {
    code: '62',
    weight: 12,
    names: [
      (p) => `Résidence pour aînés ${de(p)}`,
      (p) => `Clinique médicale ${de(p)}`,
      (p) => `Centre de la petite enfance ${de(p)}`,
      (_, f) => `Soins à domicile ${f}`,
    ],
    cnpCodes: ['31301', '33102', '32101', '44101', '42201'],
  },
  {
    code: '23',
    weight: 10,
    names: [
      (_, f) => `Construction ${f}`,
      (_, f) => `Électricité ${f}`,
      (p) => `Excavation ${de(p)}`,
      (_, f) => `Toitures ${f}`,
    ],
    cnpCodes: ['72310', '75110', '72200', '73400', '72302', '72020', '73200'],
  },
  {
    code: '44-45',
    weight: 10,
    names: [(p) => `Marché ${de(p)}`, (_, f) => `Quincaillerie ${f}`, (_, f) => `Épicerie ${f}`],
    cnpCodes: ['65100', '64100', '65102', '14400'],
  },
  {
    code: '48-49',
    weight: 7,
    names: [(_, f) => `Transport ${f}`, (p) => `Entrepôts ${de(p)}`, (p) => `Autobus ${de(p)}`],
    cnpCodes: ['73300', '75101', '14400', '72410', '75200', '73310'],
  },
  {
    code: '22',
    weight: 2,
    names: [(p) => `Parc éolien ${de(p)}`, (p) => `Énergies renouvelables ${de(p)}`],
    cnpCodes: ['74204', '92100', '22310', '72200'],
  },
  {
    code: '54',
    weight: 5,
    names: [(_, f) => `Génie-conseil ${f}`, (_, f) => `${f} et associés`],
    cnpCodes: ['21301', '22310', '13110'],
  },
  {
    code: '81',
    weight: 5,
    names: [(_, f) => `Garage ${f}`, (p) => `Entretien ménager ${de(p)}`],
    cnpCodes: ['72410', '65310', '13110'],
  },
]

/** Family names Québec enterprises are often named after. */
export const founderNames = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Pelletier',
  'Bélanger',
  'Lévesque',
  'Bergeron',
  'Leblanc',
  'Paquette',
  'Girard',
  'Simard',
  'Boucher',
  'Caron',
  'Beaulieu',
  'Cloutier',
  'Dubé',
  'Poirier',
  'Fournier',
  'Lapointe',
  'Leclerc',
  'Lefebvre',
  'Poulin',
  'Thibault',
  'St-Pierre',
  'Nadeau',
  'Martin',
  'Landry',
  'Bilodeau',
  'Fontaine',
  'Savard',
  'Huard',
  'Arsenault',
] as const

export const legalSuffixes = [
  ['', 30],
  [' inc.', 45],
  [' ltée', 15],
  [' S.E.N.C.', 4],
  [' coop', 6],
] as const

/** What an advisor notes of a service's outcome (null: nothing noted). */
export const serviceOutcomes = [
  'Programmes d’immigration expliqués; documentation remise.',
  'Stratégie de recrutement convenue avec la direction.',
  'Participation confirmée aux Journées Québec.',
  'Accompagnement pour l’EIMT et le CAQ.',
  'Candidatures de Montréal transmises (mobilité interrégionale).',
  'Profils de candidats présentés.',
  'Séance d’information suivie par l’équipe des ressources humaines.',
  null,
] as const
