import fs from 'node:fs'
import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { civilDate } from '../../modules/territory/index.js'
import { parseFiscalYear, resolveOpenDataYears, writeOpenData } from '../../modules/reports/index.js'
import { applicationExportSources } from '../../server/export-sources.js'
import { checkSourceExport, filterNames, writeSourceExport } from './export-source.js'

/** The lists that export as a file (the background exports' sources), and the open data. */
const sources = applicationExportSources()
const entities = ['opendata', ...sources.map((s) => s.name)]
const reserved = new Set(['out', 'from', 'to', 'format', 'lang', 'help'])
const filterOptions = [...new Set(sources.flatMap(filterNames))].filter((n) => !reserved.has(n))

const sourceLines = sources.map((s) => {
  const filters = filterNames(s).map((n) => `--${n}`)
  return `  ${s.name.padEnd(14)} ${s.title.en}${filters.length ? `; filters: ${filters.join(' ')}` : ''}`
})

const help = `Usage: escale export <list> --out <file> [--format csv|xlsx] [--lang fr|en] [--<filter> <value> …]
       escale export opendata --out <dir> [--from <fiscal year>] [--to <fiscal year>]

escale export <list> writes a whole list (as the system: every region) into one file, streamed as it is read, with
the same columns as the background exports of the staff app: CSV (RFC 4180, UTF-8 with a byte-order mark) or XLSX.
Progress (rows done / total) is shown on a terminal. The filters are those of the list's screen.

  --out <file>     the file to write (its folder must exist)
  --format <f>     csv or xlsx (default: from the file's extension, else csv)
  --lang <l>       the headers' language, fr (default) or en

Lists:
${sourceLines.join('\n') || '  (none)'}

escale export opendata writes the open data into a directory (created if missing): aggregates by region and Québec fiscal year
(April 1 – March 31), each as CSV (UTF-8, header row) and JSON, with the Québec total (region code 00):
persons accompanied, new dossiers, enterprises accompanied, hires and interregional hires, agreements in
force and amounts committed by program, funded local actions by kind. Counts of persons, dossiers,
enterprises and hires from 1 to 4 are published as "<5", and complementary cells as "x", so that no
hidden count can be recovered from a total. Also writes the data dictionary (dictionnaire.json,
dictionnaire.csv), a README.md and manifest.json (generation time, period, each file's rows and SHA-256).

  --out <dir>    the directory to write into (created with its parents if missing)
  --from <year>  first fiscal year, as 2019 or 2019-2020 (default: the first year with activity)
  --to <year>    last fiscal year (default: the current one, counted to date)

Entities: ${entities.join(', ')}.`

function fail(message: string): number {
  console.error(`${message}\n\n${help}`)
  return 2
}

/** Why the directory cannot be written into, or null when it can; a missing one is created (with its parents). */
function directoryProblem(dir: string): string | null {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) return `Not a directory: ${dir}`
  try {
    fs.mkdirSync(dir, { recursive: true })
  } catch (error) {
    return `Cannot create the directory ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK)
    return null
  } catch {
    return `Cannot write into: ${dir}`
  }
}

function yearOption(value: string | boolean | undefined, name: string): number | undefined | Error {
  if (value === undefined) return undefined
  const year = parseFiscalYear(String(value))
  return year === undefined ? new Error(`--${name}: a fiscal year such as 2019 or 2019-2020.`) : year
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a list (persons, interventions, …) as CSV or XLSX, or the open data into a directory',
  help,
  positionals: true,
  options: {
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    ...Object.fromEntries(filterOptions.map((n) => [n, { type: 'string' as const }])),
  },
  async run(values, positionals) {
    const entity = positionals[0]
    if (!entity || !entities.includes(entity) || positionals.length > 1)
      return fail(`Unknown or missing entity: ${positionals.join(' ') || '(none)'}. Allowed: ${entities.join(', ')}.`)
    const source = sources.find((s) => s.name === entity)
    if (source) return exportSource(source, values)
    if (typeof values.out !== 'string' || values.out === '') return fail('--out: the directory to write into.')
    const from = yearOption(values.from, 'from')
    const to = yearOption(values.to, 'to')
    if (from instanceof Error) return fail(from.message)
    if (to instanceof Error) return fail(to.message)
    const problem = directoryProblem(values.out)
    if (problem) return fail(problem)
    return exportOpenData(values.out, { from, to })
  },
}

function exportSource(source: (typeof sources)[number], values: Record<string, string | boolean | undefined>) {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
  const args = checkSourceExport({
    source,
    out: str(values.out),
    format: str(values.format),
    lang: str(values.lang),
    values,
  })
  return typeof args === 'string' ? fail(args) : writeSourceExport(source, args)
}

async function exportOpenData(dir: string, asked: { from?: number; to?: number }): Promise<number> {
  return withDatabase('export opendata', async (ctx) => {
    const years = await resolveOpenDataYears(ctx.db, civilDate(ctx.now), asked)
    if (!years) return fail('--from: the first fiscal year comes after the last one.')
    const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`${line}\n`) : undefined
    const manifest = await writeOpenData(ctx.db, dir, years, ctx.now, progress)
    console.log(
      `Open data ${manifest.period.from} … ${manifest.period.to} written to ${dir}: ${manifest.files.length} files and manifest.json.`,
    )
    return 0
  })
}
