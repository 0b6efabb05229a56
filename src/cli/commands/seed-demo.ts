import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import fs from 'node:fs'
import { formatDemoAccounts, isDemoLoaded, loadDemo } from '../../seed/demo.js'
import { demoAccountsFile } from '../../server/runtime.js'

export const seedDemoCommand: Command = {
  name: 'seed demo',
  summary: 'load the Gaspésie–Îles-de-la-Madeleine demo region',
  help: 'Usage: escale seed demo\n\nLoads the demo directorate, service points, team, organizations and one account per role,\nand prints the generated passwords. Does nothing if the demo is already loaded.',
  options: {},
  async run() {
    await withDatabase('seed demo', async (ctx, database, config) => {
      if (await isDemoLoaded(ctx.db)) {
        console.log('The demo region is already loaded.')
        return
      }
      const accounts = await loadDemo({ db: ctx.db, now: () => ctx.now, resolveScope: ctx.resolveScope })
      // On the embedded database, `npm start` prints them again from the data folder.
      if (database.kind === 'embedded')
        fs.writeFileSync(demoAccountsFile(config), formatDemoAccounts(accounts), { mode: 0o600 })
      console.log(`Demo region loaded. Sign-ins:\n${formatDemoAccounts(accounts)}`)
    })
  },
}
