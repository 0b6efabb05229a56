import type { Db } from '../../../platform/db/database.js'
import type { Localized } from '../../../platform/errors.js'
import {
  type AggregateRow,
  agreementsByYear,
  actionsByYear,
  enterprisesAccompaniedByYear,
  type FiscalYears,
  hiresByYear,
  newDossiersByYear,
  personsAccompaniedByYear,
} from './opendata.queries.js'

// The open-data sets: stable names (their file names and addresses), their columns and the query behind each. The
// data dictionary (opendata.dictionary.ts) is written from these definitions.

/** A measure of a set: a count or an amount, its unit, its definition (the counting rule), whether it is suppressed. */
export type Measure = {
  name: string
  type: 'integer' | 'decimal'
  unit: Localized
  label: Localized
  definition: Localized
  /** Counts of persons, enterprises, dossiers or hires (anything that could single someone out): suppressed. */
  suppressed: boolean
}

/** The second dimension of a set, beside the region: the program of an agreement or the kind of a local action. */
export type SecondDimension = 'programs' | 'kinds'

export type Dataset = {
  name: string
  title: Localized
  description: Localized
  source: Localized
  second?: SecondDimension
  measures: Measure[]
  query(db: Db, years: FiscalYears): Promise<AggregateRow[]>
}

const persons = { fr: 'personnes', en: 'persons' }
const count = (fr: string, en: string) => ({ fr, en })

const peopleSource = {
  fr: 'Escale, module Accompagnement Québec (dossiers et interventions)',
  en: 'Escale, Accompagnement Québec module (dossiers and interventions)',
}
const employersSource = {
  fr: 'Escale, module Services aux entreprises',
  en: 'Escale, employer services module',
}
const partnersSource = {
  fr: 'Escale, module Partenaires (ententes et actions locales)',
  en: 'Escale, partners module (agreements and local actions)',
}

export const datasets: Dataset[] = [
  {
    name: 'personnes-accompagnees',
    title: count('Personnes accompagnées', 'Persons accompanied'),
    description: count(
      'Nombre de personnes immigrantes accompagnées par région et par année financière.',
      'Number of immigrants accompanied, by region and fiscal year.',
    ),
    source: peopleSource,
    measures: [
      {
        name: 'personnes_accompagnees',
        type: 'integer',
        unit: persons,
        label: count('Personnes accompagnées', 'Persons accompanied'),
        definition: count(
          'Personnes dont un dossier a eu au moins une intervention datée dans l’année financière, comptées une fois, dans la région du point de services de l’intervention. Le total du Québec compte une fois la personne accompagnée dans plusieurs régions.',
          'Persons with a dossier that had at least one intervention dated in the fiscal year, counted once, in the region of the intervention’s service point. The Québec total counts a person accompanied in several regions once.',
        ),
        suppressed: true,
      },
    ],
    query: personsAccompaniedByYear,
  },
  {
    name: 'nouveaux-dossiers',
    title: count('Nouveaux dossiers', 'New dossiers'),
    description: count(
      'Nombre de dossiers d’accompagnement ouverts par région et par année financière.',
      'Number of accompaniment dossiers opened, by region and fiscal year.',
    ),
    source: peopleSource,
    measures: [
      {
        name: 'nouveaux_dossiers',
        type: 'integer',
        unit: count('dossiers', 'dossiers'),
        label: count('Nouveaux dossiers', 'New dossiers'),
        definition: count(
          'Dossiers dont la date d’ouverture tombe dans l’année financière, dans la région du dossier.',
          'Dossiers whose opening date falls in the fiscal year, in the dossier’s region.',
        ),
        suppressed: true,
      },
    ],
    query: newDossiersByYear,
  },
  {
    name: 'entreprises-accompagnees',
    title: count('Entreprises accompagnées', 'Enterprises accompanied'),
    description: count(
      'Nombre d’entreprises accompagnées par région et par année financière.',
      'Number of enterprises accompanied, by region and fiscal year.',
    ),
    source: employersSource,
    measures: [
      {
        name: 'entreprises_accompagnees',
        type: 'integer',
        unit: count('entreprises', 'enterprises'),
        label: count('Entreprises accompagnées', 'Enterprises accompanied'),
        definition: count(
          'Entreprises ayant reçu au moins un service-conseil daté dans l’année financière, comptées une fois, dans la région de l’entreprise.',
          'Enterprises that received at least one advisor service dated in the fiscal year, counted once, in the enterprise’s region.',
        ),
        suppressed: true,
      },
    ],
    query: enterprisesAccompaniedByYear,
  },
  {
    name: 'embauches',
    title: count('Embauches et embauches interrégionales', 'Hires and interregional hires'),
    description: count(
      'Nombre d’embauches de personnes immigrantes par région du poste et par année financière, dont celles de personnes venues d’une autre région.',
      'Number of hires of immigrants by region of the position and fiscal year, including those of persons from another region.',
    ),
    source: employersSource,
    measures: [
      {
        name: 'embauches',
        type: 'integer',
        unit: count('embauches', 'hires'),
        label: count('Embauches', 'Hires'),
        definition: count(
          'Embauches datées dans l’année financière, dans la région du poste.',
          'Hires dated in the fiscal year, in the region of the position.',
        ),
        suppressed: true,
      },
      {
        name: 'embauches_interregionales',
        type: 'integer',
        unit: count('embauches', 'hires'),
        label: count('Embauches interrégionales', 'Interregional hires'),
        definition: count(
          'Parmi les embauches, celles dont la personne habitait une autre région au moment de l’embauche.',
          'Among the hires, those of a person who lived in another region when hired.',
        ),
        suppressed: true,
      },
    ],
    query: hiresByYear,
  },
  {
    name: 'ententes',
    title: count('Ententes en vigueur et sommes engagées', 'Agreements in force and amounts committed'),
    description: count(
      'Nombre d’ententes avec les organismes partenaires en vigueur et sommes engagées, par région, programme et année financière.',
      'Number of agreements with partner organizations in force and amounts committed, by region, program and fiscal year.',
    ),
    source: partnersSource,
    second: 'programs',
    measures: [
      {
        name: 'ententes_en_vigueur',
        type: 'integer',
        unit: count('ententes', 'agreements'),
        label: count('Ententes en vigueur', 'Agreements in force'),
        definition: count(
          'Ententes signées dont la période (jusqu’à leur résiliation, le cas échéant) chevauche l’année financière.',
          'Signed agreements whose period (up to their termination, if any) overlaps the fiscal year.',
        ),
        suppressed: false,
      },
      {
        name: 'montant_engage',
        type: 'decimal',
        unit: count('dollars canadiens', 'Canadian dollars'),
        label: count('Sommes engagées', 'Amounts committed'),
        definition: count(
          'Somme des montants prévus pour l’année financière aux ententes en vigueur.',
          'Sum of the amounts planned for the fiscal year in the agreements in force.',
        ),
        suppressed: false,
      },
    ],
    query: agreementsByYear,
  },
  {
    name: 'actions-locales',
    title: count('Actions locales financées', 'Funded local actions'),
    description: count(
      'Nombre d’actions locales financées par les ententes, par région, type d’action et année financière.',
      'Number of local actions funded by the agreements, by region, kind of action and fiscal year.',
    ),
    source: partnersSource,
    second: 'kinds',
    measures: [
      {
        name: 'actions_financees',
        type: 'integer',
        unit: count('actions', 'actions'),
        label: count('Actions financées', 'Funded actions'),
        definition: count(
          'Actions d’une entente dont la période chevauche l’année financière (une action de deux années compte dans chacune).',
          'Actions of an agreement whose period overlaps the fiscal year (an action over two years counts in each).',
        ),
        suppressed: false,
      },
    ],
    query: actionsByYear,
  },
]

/** The set of this name, if any. */
export function findDataset(name: string): Dataset | undefined {
  return datasets.find((d) => d.name === name)
}
