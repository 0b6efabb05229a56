import fs from 'node:fs'
import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { importCsv, type ImportSpec, MAX_ROWS } from '../../modules/access/index.js'
import { actionImport, agreementImport, organizationImport } from '../../modules/partners/index.js'
import { importSpecs } from '../../modules/people/index.js'
import { enterpriseImport, labourNeedImport } from '../../modules/employers/index.js'

/** Every entity the CLI imports, in the order a migration loads them (organizations before their agreements,
 * enterprises before their labour needs…). */
// biome-ignore lint/suspicious/noExplicitAny: each spec has its own input and prepared types; the runner is generic.
const specs: Record<string, ImportSpec<any, any>> = {
  ...importSpecs,
  organizations: organizationImport,
  agreements: agreementImport,
  actions: actionImport,
  enterprises: enterpriseImport,
  'labour-needs': labourNeedImport,
}

function helpOf(entity: string): string {
  const columns = specs[entity]!.columns.map(
    (c) => `  ${c.name.padEnd(28)} ${c.required ? 'required' : 'optional'}  ${c.description.en}`,
  ).join('\n')
  return `Usage: escale import ${entity} <file.csv> [--lang fr|en] [--max-rows <n>]

Imports a CSV file (UTF-8, comma or semicolon, one header row) all-or-nothing: when one row is refused,
nothing is saved and every problem is listed (line, column, message). Exit code 1 when refused.
A file of more than ${MAX_ROWS} data rows is refused unless --max-rows allows more (one transaction
either way: a larger file holds its locks and its undo longer, so import it when the service is quiet).

Columns:
${columns}`
}

/** `--max-rows`: absent → the default limit; a whole number ≥ 1 → that limit; anything else → null (refused). */
function maxRowsOf(value: unknown): number | null {
  if (value === undefined) return MAX_ROWS
  const n = Number(value)
  return typeof value === 'string' && /^\d+$/.test(value) && n >= 1 ? n : null
}

function importCommand(entity: string): Command {
  return {
    name: `import ${entity}`,
    summary: `import ${entity} from a CSV file (all-or-nothing)`,
    help: helpOf(entity),
    positionals: true,
    options: { lang: { type: 'string', default: 'en' }, 'max-rows': { type: 'string' } },
    async run(values, positionals) {
      const file = positionals[0]
      const lang = values.lang === 'fr' ? 'fr' : 'en'
      const maxRows = maxRowsOf(values['max-rows'])
      if (!file || !fs.existsSync(file) || maxRows === null) {
        const problem =
          maxRows === null ? '--max-rows takes a whole number of at least 1' : `No such file: ${file ?? '(none given)'}`
        console.error(`${problem}\n\n${helpOf(entity)}`)
        return 2
      }
      const text = fs.readFileSync(file, 'utf8')
      const report = await withDatabase(`import ${entity}`, (ctx) => importCsv(ctx, specs[entity]!, text, { maxRows }))
      if (report.problems.length === 0) {
        console.log(`Imported ${report.imported} ${entity}.`)
        return 0
      }
      console.error(`Nothing imported: ${report.problems.length} problem(s) in ${report.rows} row(s).`)
      for (const p of report.problems)
        console.error(`  line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message[lang]}`)
      return 1
    },
  }
}

export const importCommands: Command[] = Object.keys(specs).map(importCommand)
