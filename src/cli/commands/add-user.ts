import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { createUser, inTransaction, roles, scopeKinds } from '../../modules/access/index.js'
import { randomToken } from '../../platform/crypto.js'
import { invalidInput } from '../../platform/errors.js'
import { findRegionByCode } from '../../modules/territory/index.js'

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
    await withDatabase('user add', async (base) => {
      if (v.scope === 'region' && typeof v['scope-ref'] === 'string' && !(await findRegionByCode(base.db, v['scope-ref']))) {
        throw invalidInput({ 'scope-ref': { fr: 'Région inconnue (01 à 17).', en: 'Unknown region (01 to 17).' } })
      }
      const user = await inTransaction(base, (ctx) =>
        createUser(ctx, {
          email: v.email as string,
          displayName: v.name as string,
          password,
          role: v.role as never,
          scopeKind: v.scope as never,
          scopeRef: v['scope-ref'] as string | undefined,
        }),
      )
      console.log(`Account created: ${user.email} (${user.role}, scope ${user.scopeKind}${user.scopeRef ? ` ${user.scopeRef}` : ''})`)
      if (typeof v.password !== 'string') console.log(`Password: ${password}`)
    })
  },
}
