import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { createUser, createUserInput, roles, scopeKinds } from '../../modules/access/index.js'
import { randomToken } from '../../platform/crypto.js'
import { parseInput } from '../../platform/validation.js'

export const addUserCommand: Command = {
  name: 'user add',
  summary: 'create a staff or partner account',
  help: `Usage: escale user add --email <email> --name <display name> --role <role> --scope <kind> [--scope-ref <id>] [--password <pw>]

  --role       ${roles.join(' | ')}
  --scope      ${scopeKinds.join(' | ')}
  --scope-ref  the region code (e.g. 11), directorate, service point or organization id; not for --scope all
  --password   at least 12 characters; generated and printed when omitted`,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    scope: { type: 'string' },
    'scope-ref': { type: 'string' },
    password: { type: 'string' },
  },
  fieldOptions: { displayName: 'name', scopeKind: 'scope', scopeRef: 'scope-ref' },
  async run(v) {
    const password = typeof v.password === 'string' ? v.password : randomToken(12)
    // The command line is an edge: parse before trusting; the service then checks that the scope's ref exists.
    const input = parseInput(createUserInput, {
      email: v.email,
      displayName: v.name,
      password,
      role: v.role,
      scopeKind: v.scope,
      scopeRef: v['scope-ref'],
    })
    await withDatabase('user add', async (ctx) => {
      const user = await createUser(ctx, input)
      console.log(
        `Account created: ${user.email} (${user.role}, scope ${user.scopeKind}${user.scopeRef ? ` ${user.scopeRef}` : ''})`,
      )
      if (typeof v.password !== 'string') console.log(`Password: ${password}`)
    })
  },
}
