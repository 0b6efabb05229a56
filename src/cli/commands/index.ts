import type { ParseArgsConfig } from 'node:util'
import { migrateCommand } from './migrate.js'
import { seedDemoCommand } from './seed-demo.js'
import { addUserCommand } from './add-user.js'
import { createTokenCommand } from './create-token.js'

/** One CLI command: its words, its options (node:util parseArgs), its help and what it does. */
export type Command = {
  name: string
  summary: string
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  run(values: Record<string, string | boolean | undefined>): Promise<void>
}

export const commands: Command[] = [migrateCommand, seedDemoCommand, addUserCommand, createTokenCommand]
