import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from './deps.js'
import { registerSignInPages } from './sessions/sign-in.pages.js'
import { registerTokenPages } from './tokens/token.pages.js'
import { registerAuditPages } from './audit/audit.pages.js'

/** Sign-in/out pages, the API-token and audit-log admin screens (the auth hook is registered by the server first). */
export async function accessPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerSignInPages(app, deps)
  registerTokenPages(app, deps)
  registerAuditPages(app, deps)
}
