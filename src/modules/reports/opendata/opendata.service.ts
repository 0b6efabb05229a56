import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from '../../../platform/db/database.js'
import { fiscalYearOf } from '../../partners/index.js'
import { datasets } from './opendata.datasets.js'
import { dictionaryOf, fiscalYearName, readmeOf } from './opendata.dictionary.js'
import { dictionaryCsv, dictionaryJson, tableCsv, tableJson } from './opendata.files.js'
import { type FiscalYears, firstActivityOn, listMembers } from './opendata.queries.js'
import { buildTable, type OpenDataTable } from './opendata.table.js'

/** A fiscal year as typed: « 2019 » or « 2019-2020 » (the second year following the first); undefined otherwise. */
export function parseFiscalYear(text: string): number | undefined {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim())
  if (!match) return undefined
  const year = Number(match[1])
  if (match[2] !== undefined && Number(match[2]) !== year + 1) return undefined
  return year >= 1990 && year <= 2100 ? year : undefined
}

/**
 * The fiscal years published: from the given one (default: the year of the first recorded activity) to the given one
 * (default: the current fiscal year, counted to date). Undefined when the start is after the end.
 */
export async function resolveYears(
  db: Db,
  today: string,
  asked: { from?: number; to?: number },
): Promise<FiscalYears | undefined> {
  const to = asked.to ?? fiscalYearOf(today)
  const first = asked.from === undefined ? await firstActivityOn(db) : null
  const from = asked.from ?? Math.min(first ? fiscalYearOf(first) : to, to)
  return from <= to ? { from, to } : undefined
}

/** Every set's published table for the fiscal years, computed live. */
export async function openDataTables(db: Db, years: FiscalYears): Promise<OpenDataTable[]> {
  const members = await listMembers(db)
  const tables: OpenDataTable[] = []
  for (const dataset of datasets) tables.push(await buildTable(db, dataset, years, members))
  return tables
}

/** A file written by the export, as the manifest lists it. */
export type ManifestFile = { file: string; dataset: string | null; rows: number | null; bytes: number; sha256: string }

export type Manifest = {
  generatedAt: string
  period: { from: string; to: string }
  files: ManifestFile[]
}

async function put(dir: string, file: string, text: string, dataset: string | null, rows: number | null) {
  const body = Buffer.from(text, 'utf8')
  await writeFile(path.join(dir, file), body)
  const sha256 = createHash('sha256').update(body).digest('hex')
  return { file, dataset, rows, bytes: body.length, sha256 } satisfies ManifestFile
}

/**
 * Writes every set as CSV and JSON, the dictionary (JSON, CSV), a README.md and a manifest (generation time, period,
 * each file's rows, bytes and SHA-256) into an existing directory; `progress` hears one line per set.
 */
export async function writeOpenData(
  db: Db,
  dir: string,
  years: FiscalYears,
  now: Date,
  progress: (line: string) => void = () => {},
): Promise<Manifest> {
  const files: ManifestFile[] = []
  for (const table of await openDataTables(db, years)) {
    const name = table.dataset.name
    files.push(await put(dir, `${name}.csv`, tableCsv(table), name, table.rows.length))
    files.push(await put(dir, `${name}.json`, tableJson(table, years, now), name, table.rows.length))
    progress(`${name}: ${table.rows.length} rows`)
  }
  const dict = dictionaryOf(years)
  const columns = dict.datasets.reduce((n, d) => n + d.columns.length, 0)
  files.push(await put(dir, 'dictionnaire.json', dictionaryJson(dict), null, columns))
  files.push(await put(dir, 'dictionnaire.csv', dictionaryCsv(dict), null, columns))
  files.push(await put(dir, 'README.md', readmeOf(dict), null, null))
  const manifest: Manifest = {
    generatedAt: now.toISOString(),
    period: { from: fiscalYearName(years.from), to: fiscalYearName(years.to) },
    files,
  }
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
