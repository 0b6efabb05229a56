import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { createApiToken, inTransaction } from '../../modules/access/index.js'

export const createTokenCommand: Command = {
  name: 'token create',
  summary: 'create a bearer API token for an account (shown once)',
  help: 'Usage: escale token create --email <account email> --name <token name>\n\nThe token acts as that account, with its role and scope. Only its hash is stored.',
  options: { email: { type: 'string' }, name: { type: 'string' } },
  async run(v) {
    await withDatabase('token create', async (base) => {
      const { token } = await inTransaction(base, (ctx) => createApiToken(ctx, { email: v.email as string, name: v.name as string }))
      console.log(`Token (shown once, keep it secret):\n${token}`)
    })
  },
}
