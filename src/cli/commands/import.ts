import fs from 'node:fs'
import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { type ImportEntity, importEntities, importFile, importSpecs } from '../../modules/people/index.js'

function helpOf(entity: ImportEntity): string {
  const columns = importSpecs[entity].columns
    .map((c) => `  ${c.name.padEnd(28)} ${c.required ? 'required' : 'optional'}  ${c.description.en}`)
    .join('\n')
  return `Usage: escale import ${entity} <file.csv> [--lang fr|en]

Imports a CSV file (UTF-8, comma or semicolon, one header row) all-or-nothing: when one row is refused,
nothing is saved and every problem is listed (line, column, message). Exit code 1 when refused.

Columns:
${columns}`
}

function importCommand(entity: ImportEntity): Command {
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
      const report = await withDatabase(`import ${entity}`, (ctx) => importFile(ctx, entity, text))
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

export const importCommands: Command[] = importEntities.map(importCommand)
