import { parseArgs } from 'node:util'
import { AppError } from '../platform/errors.js'
import { DataDirLockedError } from '../platform/db/lock.js'
import type { Command } from './command.js'
import { commands } from './commands/index.js'

const usage = `Usage: escale <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`).join('\n')}

Every command takes --help. The database is the embedded one in ESCALE_DATA_DIR (default ./data),
or the PostgreSQL server at DATABASE_URL.`

/** What parseArgs refused, in the command's own words (Node's text speaks of positional arguments and of '--'). */
function usageError(command: Command, error: unknown): string {
  const { code, message } = error as { code?: string; message: string }
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? ''
  const option = quoted.split(' ')[0]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `escale ${command.name} has no option ${option}.`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `escale ${command.name} takes no argument besides its options (unexpected: ${quoted}).`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return message.endsWith('argument missing') ? `${option} needs a value.` : `${option} takes no value.`
  return message
}

async function main(argv: string[]): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'))
  const command = commands.find((c) => c.name === words.slice(0, c.name.split(' ').length).join(' '))
  if (!command) {
    console.log(usage)
    return argv.includes('--help') || argv.length === 0 ? 0 : 2
  }
  const rest = argv.slice(command.name.split(' ').length)
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  try {
    const options = { ...command.options, help: { type: 'boolean' as const } }
    const parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: command.positionals === true })
    values = parsed.values
    positionals = parsed.positionals
  } catch (error) {
    console.error(`${usageError(command, error)}\n\n${command.help}`)
    return 2
  }
  if (values.help) {
    console.log(command.help)
    return 0
  }
  try {
    const code = await command.run(values, positionals)
    return typeof code === 'number' ? code : 0
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message)
      return 1
    }
    if (error instanceof AppError) {
      console.error(`${error.localized.en}`)
      for (const [field, message] of Object.entries(error.fields ?? {}))
        console.error(`  --${command.fieldOptions?.[field] ?? field}: ${message.en}`)
      return 1
    }
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
