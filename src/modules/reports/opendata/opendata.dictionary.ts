import type { Localized } from '../../../platform/errors.js'
import { type Dataset, datasets } from './opendata.datasets.js'
import { dimensionText, openDataText } from './opendata.messages.js'
import type { FiscalYears } from './opendata.queries.js'
import { columnsOf } from './opendata.table.js'

// The data dictionary: every set's description and every column's name, type, unit, definition (the counting rule)
// and suppression, with the period, the source and the licence, in French and English; as JSON, CSV and README.

export type DictionaryColumn = {
  name: string
  type: 'string' | 'integer' | 'decimal'
  unit: Localized | null
  label: Localized
  definition: Localized
  suppression: Localized
}

export type DictionaryDataset = {
  name: string
  title: Localized
  description: Localized
  source: Localized
  files: { csv: string; json: string }
  columns: DictionaryColumn[]
}

export type Dictionary = {
  title: Localized
  about: Localized
  period: { from: string; to: string }
  suppressionRule: Localized
  licence: Localized
  datasets: DictionaryDataset[]
}

const none = openDataText.notSuppressed

function columnOf(dataset: Dataset, name: string): DictionaryColumn {
  const measure = dataset.measures.find((m) => m.name === name)
  if (measure) {
    const suppression = measure.suppressed ? openDataText.suppressionShort : none
    return {
      name,
      type: measure.type,
      unit: measure.unit,
      label: measure.label,
      definition: measure.definition,
      suppression,
    }
  }
  const text = dimensionText[name]!
  return { name, type: 'string', unit: null, label: text.label, definition: text.definition, suppression: none }
}

/** A fiscal year as people write it: 2019 → « 2019-2020 ». */
export function fiscalYearName(fy: number): string {
  return `${fy}-${fy + 1}`
}

/** The dictionary of a set. */
export function datasetEntry(dataset: Dataset): DictionaryDataset {
  return {
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    source: dataset.source,
    files: { csv: `${dataset.name}.csv`, json: `${dataset.name}.json` },
    columns: columnsOf(dataset).map((c) => columnOf(dataset, c)),
  }
}

/** The whole dictionary for the fiscal years published. */
export function dictionaryOf(years: FiscalYears): Dictionary {
  return {
    title: openDataText.dictionary,
    about: openDataText.about,
    period: { from: fiscalYearName(years.from), to: fiscalYearName(years.to) },
    suppressionRule: openDataText.suppressionRule,
    licence: openDataText.licence,
    datasets: datasets.map(datasetEntry),
  }
}

const csvHeader = [
  'jeu_de_donnees',
  'colonne',
  'type',
  'unite_fr',
  'unite_en',
  'libelle_fr',
  'libelle_en',
  'definition_fr',
  'definition_en',
  'suppression_fr',
  'suppression_en',
  'periode',
  'source_fr',
  'source_en',
  'licence_fr',
  'licence_en',
]

/** The dictionary flattened, one line per column of each set (header as above). */
export function dictionaryRows(dict: Dictionary): string[][] {
  const period = `${dict.period.from} … ${dict.period.to}`
  return [
    csvHeader,
    ...dict.datasets.flatMap((d) =>
      d.columns.map((c) => [
        d.name,
        c.name,
        c.type,
        c.unit?.fr ?? '',
        c.unit?.en ?? '',
        c.label.fr,
        c.label.en,
        c.definition.fr,
        c.definition.en,
        c.suppression.fr,
        c.suppression.en,
        period,
        d.source.fr,
        d.source.en,
        dict.licence.fr,
        dict.licence.en,
      ]),
    ),
  ]
}

function readmeSection(dict: Dictionary, lang: 'fr' | 'en'): string[] {
  const head = lang === 'fr' ? ['Période', 'Licence', 'Règle de suppression'] : ['Period', 'Licence', 'Suppression']
  return [
    `## ${dict.title[lang]}`,
    '',
    dict.about[lang],
    '',
    `- ${head[0]} : ${dict.period.from} … ${dict.period.to}`,
    `- ${head[1]} : ${dict.licence[lang]}`,
    `- ${head[2]} : ${dict.suppressionRule[lang]}`,
    '',
    ...dict.datasets.flatMap((d) => [
      `### ${d.title[lang]} (\`${d.files.csv}\`, \`${d.files.json}\`)`,
      '',
      d.description[lang],
      '',
      ...d.columns.map((c) => `- \`${c.name}\` (${c.type}) — ${c.label[lang]} : ${c.definition[lang]}`),
      '',
    ]),
  ]
}

/** The export directory's README.md: the dictionary in words, French then English. */
export function readmeOf(dict: Dictionary): string {
  return [
    '# Escale — données ouvertes / open data',
    '',
    ...readmeSection(dict, 'fr'),
    ...readmeSection(dict, 'en'),
  ].join('\n')
}
