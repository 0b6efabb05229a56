import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { createApiToken, createTokenInput } from '../../modules/access/index.js'
import { parseInput } from '../../platform/validation.js'

export const createTokenCommand: Command = {
  name: 'token create',
  summary: 'create a bearer API token for an account (shown once)',
  help: 'Usage: escale token create --email <account email> --name <token name>\n\nThe token acts as that account, with its role and scope. Only its hash is stored.',
  options: { email: { type: 'string' }, name: { type: 'string' } },
  async run(v) {
    // The command line is an edge: parse before trusting.
    const input = parseInput(createTokenInput, { email: v.email, name: v.name })
    await withDatabase('token create', async (ctx) => {
      const { token } = await createApiToken(ctx, input)
      console.log(`Token (shown once, keep it secret):\n${token}`)
    })
  },
}
