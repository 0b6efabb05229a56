import fs from 'node:fs'
import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { importCsv, type ImportSpec } from '../../modules/access/index.js'
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
  return `Usage: escale import ${entity} <file.csv> [--lang fr|en]

Imports a CSV file (UTF-8, comma or semicolon, one header row) all-or-nothing: when one row is refused,
nothing is saved and every problem is listed (line, column, message). Exit code 1 when refused.

Columns:
${columns}`
}

function importCommand(entity: string): Command {
  return {
    name: `import ${entity}`,
    summary: `import ${entity} from a CSV file (all-or-nothing)`,
    help: helpOf(entity),
    positionals: true,
    options: { lang: { type: 'string', default: 'en' } },
    async run(values, positionals) {
      const file = positionals[0]
      const lang = values.lang === 'fr' ? 'fr' : 'en'
      if (!file || !fs.existsSync(file)) {
        console.error(`No such file: ${file ?? '(none given)'}\n\n${helpOf(entity)}`)
        return 2
      }
      const text = fs.readFileSync(file, 'utf8')
      const report = await withDatabase(`import ${entity}`, (ctx) => importCsv(ctx, specs[entity]!, text))
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
