import type { FastifyInstance } from 'fastify'
import type { ModuleDeps, NavEntry } from './deps.js'
import { registerSignInPages } from './sessions/sign-in.pages.js'
import { registerTokenPages } from './tokens/token.pages.js'
import { registerAuditPages } from './audit/audit.pages.js'
import { registerAccountPages } from './users/account.pages.js'
import { registerJobPages } from './jobs/job.pages.js'
import { registerOutboxPages } from './mail/outbox.pages.js'
import { registerPasswordResetPages } from './sessions/password-reset.pages.js'

/** The staff-app navigation contributed by the access module (admin screens). */
export const accessNav: NavEntry[] = [
  { href: '/app/admin/jetons', label: { fr: "Jetons d'API", en: 'API tokens' }, permission: 'tokens.manage' },
  { href: '/app/admin/journal', label: { fr: "Journal d'audit", en: 'Audit log' }, permission: 'audit.read' },
  { href: '/app/admin/taches', label: { fr: 'Tâches de fond', en: 'Background jobs' }, permission: 'users.manage' },
  { href: '/app/admin/courriels', label: { fr: 'Courriels', en: 'Mail' }, permission: 'users.manage' },
]

/** Sign-in/out pages, the API-token and audit-log admin screens (the auth hook is registered by the server first). */
export async function accessPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerSignInPages(app, deps)
  registerTokenPages(app, deps)
  registerAuditPages(app, deps)
  registerAccountPages(app, deps)
  registerJobPages(app, deps)
  registerPasswordResetPages(app, deps)
  registerOutboxPages(app, deps)
}
