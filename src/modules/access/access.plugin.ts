import type { FastifyInstance } from 'fastify'
import type { ModuleDeps, NavEntry } from './deps.js'
import { registerSignInPages } from './sessions/sign-in.pages.js'
import { registerTokenPages } from './tokens/token.pages.js'
import { registerAuditPages } from './audit/audit.pages.js'
import { registerAccountPages } from './users/account.pages.js'
import { registerJobPages } from './jobs/job.pages.js'
import { registerOutboxPages } from './mail/outbox.pages.js'
import { registerPasswordResetPages } from './sessions/password-reset.pages.js'
import { registerExportPages } from './exports/export.pages.js'
import { type ExportOptions, registerExportRoutes } from './exports/export.routes.js'

/** The staff-app navigation contributed by the access module (admin screens). */
export const accessNav: NavEntry[] = [
  // Every staff role can export at least one list (agreements and actions need only partners.read).
  { href: '/app/exports', label: { fr: 'Exportations', en: 'Exports' }, permission: 'app.use' },
  { href: '/app/admin/jetons', label: { fr: "Jetons d'API", en: 'API tokens' }, permission: 'tokens.manage' },
  { href: '/app/admin/journal', label: { fr: "Journal d'audit", en: 'Audit log' }, permission: 'audit.read' },
  { href: '/app/admin/taches', label: { fr: 'Tâches de fond', en: 'Background jobs' }, permission: 'users.manage' },
  { href: '/app/admin/courriels', label: { fr: 'Courriels', en: 'Mail' }, permission: 'users.manage' },
]

/**
 * Sign-in/out pages, the API-token and audit-log admin screens, and the background exports of the composition root's
 * sources (pages and API); the auth hook is registered by the server first.
 */
export async function accessPlugin(
  app: FastifyInstance,
  deps: ModuleDeps,
  exports: ExportOptions = { sources: [], retentionHours: 24 },
): Promise<void> {
  registerSignInPages(app, deps)
  registerTokenPages(app, deps)
  registerAuditPages(app, deps)
  registerAccountPages(app, deps)
  registerJobPages(app, deps)
  registerPasswordResetPages(app, deps)
  registerOutboxPages(app, deps)
  registerExportPages(app, deps, exports)
  registerExportRoutes(app, deps, exports)
}
