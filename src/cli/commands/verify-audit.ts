import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { auditChainBroken, verifyAuditChain } from '../../modules/access/index.js'

export const verifyAuditCommand: Command = {
  name: 'audit verify',
  summary: 'check that the audit log was not altered (hash chain)',
  help: `Usage: escale audit verify

Walks the audit log in order and checks that each event still matches its hash and follows the previous one.
Exit code 0 when the chain is intact (prints the number of events and the last event's hash: keep it elsewhere,
so a rewrite of the whole chain can be caught too); 1 with the first broken event's id when it is not.`,
  options: {},
  async run() {
    await withDatabase('audit verify', async (ctx) => {
      const report = await verifyAuditChain(ctx.db)
      if (!report.intact) throw auditChainBroken(report)
      console.log(`Audit chain intact: ${report.events} events; last event ${report.lastId}, hash ${report.lastHash}.`)
    })
  },
}
