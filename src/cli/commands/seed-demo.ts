import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { isDemoLoaded, loadDemo } from '../../seed/demo.js'

export const seedDemoCommand: Command = {
  name: 'seed demo',
  summary: 'load the Gaspésie–Îles-de-la-Madeleine demo region',
  help: 'Usage: escale seed demo\n\nLoads the demo directorate, service points, team, organizations and one account per role,\nand prints the generated passwords. Does nothing if the demo is already loaded.',
  options: {},
  async run() {
    await withDatabase('seed demo', async (ctx) => {
      if (await isDemoLoaded(ctx.db)) {
        console.log('The demo region is already loaded.')
        return
      }
      const accounts = await loadDemo(ctx.db, ctx.now)
      console.log('Demo region loaded. Sign-ins:')
      for (const a of accounts) console.log(`  ${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`)
    })
  },
}
