import fs from 'node:fs'
import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { civilDate } from '../../modules/territory/index.js'
import { parseFiscalYear, resolveOpenDataYears, writeOpenData } from '../../modules/reports/index.js'

/** What `escale export` can write; other entities may join (each its own help). */
const entities = ['opendata'] as const

const help = `Usage: escale export opendata --out <dir> [--from <fiscal year>] [--to <fiscal year>]

Writes the open data into a directory (created if missing): aggregates by region and Québec fiscal year
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
  summary: 'export open data (aggregates with small-cell suppression) into a directory',
  help,
  positionals: true,
  options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  async run(values, positionals) {
    const entity = positionals[0]
    if (!entity || !(entities as readonly string[]).includes(entity) || positionals.length > 1)
      return fail(`Unknown or missing entity: ${positionals.join(' ') || '(none)'}. Allowed: ${entities.join(', ')}.`)
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
