import type { ParseArgsConfig } from 'node:util'

/** One CLI command: its words, its options (node:util parseArgs), its help and what it does. */
export type Command = {
  name: string
  summary: string
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Input field → option name, where they differ, so errors name the option the user typed. */
  fieldOptions?: Record<string, string>
  /** Whether the command takes positional arguments after its words (`import persons <file.csv>`). */
  positionals?: boolean
  /** May resolve to the exit code (a number) when it is not 0, e.g. a refused import. */
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<unknown>
}
