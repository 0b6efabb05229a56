import type { Command } from '../command.js'
import { withDatabase } from '../context.js'

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'apply pending database migrations',
  help: 'Usage: escale migrate\n\nApplies the pending migrations of migrations/ to the configured database.',
  options: {},
  async run() {
    await withDatabase('migrate', async (_ctx, database) => {
      console.log(`Migrations applied (${database.kind} database).`)
    })
  },
}
