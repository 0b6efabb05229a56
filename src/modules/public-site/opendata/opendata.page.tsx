import type { OpenDataSet } from '../../reports/index.js'
import { openDataSetEntry, openDataText } from '../../reports/index.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { colon, type Lang, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { regionText } from '../public-site.messages.js'
import { DICTIONARY_FILE, openDataPaths } from './opendata-paths.js'

const words = {
  what: { fr: 'De quoi s’agit-il?', en: 'What is it?' },
  protection: { fr: 'Protection des renseignements personnels', en: 'Privacy protection' },
  period: { fr: 'Période couverte', en: 'Period covered' },
  licence: { fr: 'Licence', en: 'Licence' },
  sets: { fr: 'Jeux de données', en: 'Datasets' },
  columns: { fr: 'Colonnes de', en: 'Columns of' },
  source: { fr: 'Source', en: 'Source' },
  download: { fr: 'Télécharger', en: 'Download' },
  dictionaryText: {
    fr: 'Le dictionnaire décrit chaque colonne de chaque jeu : type, unité, définition, règle de suppression.',
    en: 'The dictionary describes every column of every set: type, unit, definition, suppression rule.',
  },
  heads: [
    { fr: 'Colonne', en: 'Column' },
    { fr: 'Type', en: 'Type' },
    { fr: 'Unité', en: 'Unit' },
    { fr: 'Définition', en: 'Definition' },
    { fr: 'Suppression', en: 'Suppression' },
  ],
} as const

function Downloads(p: { lang: Lang; name: string; title: string }) {
  const base = `${openDataPaths[p.lang]}/${p.name}`
  return (
    <ul>
      {(['csv', 'json'] as const).map((ext) => (
        <li key={ext}>
          <a href={`${base}.${ext}`} download>
            {`${words.download[p.lang]} ${p.title} (${ext.toUpperCase()})`}
          </a>
        </li>
      ))}
    </ul>
  )
}

function DatasetSection(p: { lang: Lang; dataset: OpenDataSet }) {
  const { lang } = p
  const entry = openDataSetEntry(p.dataset)
  const title = entry.title[lang]
  const caption = lang === 'fr' ? `${words.columns.fr} « ${title} »` : `${words.columns.en} “${title}”`
  return (
    <section aria-labelledby={`set-${entry.name}`}>
      <h3 id={`set-${entry.name}`}>{title}</h3>
      <p>{entry.description[lang]}</p>
      <p>{`${words.source[lang]}${colon(lang)}${entry.source[lang]}`}</p>
      <Downloads lang={lang} name={entry.name} title={title} />
      <Table label={caption}>
        <caption>{caption}</caption>
        <TableHead lang={lang} heads={[...words.heads]} />
        <tbody>
          {entry.columns.map((c) => (
            <tr key={c.name}>
              <th scope="row">
                <code>{c.name}</code>
              </th>
              <td>{c.type}</td>
              <td>{c.unit?.[lang] ?? '—'}</td>
              <td>{c.definition[lang]}</td>
              <td>{c.suppression[lang]}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}

export type OpenDataPageProps = {
  site: Site
  lang: Lang
  datasets: OpenDataSet[]
  period: { from: string; to: string }
}

/** The public open-data page: what the data is, the suppression rule in plain words, each set and its downloads. */
export function OpenDataPage(p: OpenDataPageProps) {
  const { lang } = p
  const title = openDataText.title[lang]
  return (
    <Layout site={p.site} lang={lang} title={title} otherLangHref={openDataPaths[otherLang(lang)]}>
      <Breadcrumb lang={lang} trail={[{ href: `/${lang}`, label: regionText.home[lang] }]} current={title} />
      <h1>{title}</h1>
      <h2>{words.what[lang]}</h2>
      <p>{openDataText.about[lang]}</p>
      <p>{`${words.period[lang]}${colon(lang)}${p.period.from} … ${p.period.to}`}</p>
      <p>{`${words.licence[lang]}${colon(lang)}${openDataText.licence[lang]}`}</p>
      <h2>{words.protection[lang]}</h2>
      <p>{openDataText.suppressionRule[lang]}</p>
      <h2>{openDataText.dictionary[lang]}</h2>
      <p>{words.dictionaryText[lang]}</p>
      <Downloads lang={lang} name={DICTIONARY_FILE} title={openDataText.dictionary[lang]} />
      <h2>{words.sets[lang]}</h2>
      {p.datasets.map((d) => (
        <DatasetSection key={d.name} lang={lang} dataset={d} />
      ))}
    </Layout>
  )
}
