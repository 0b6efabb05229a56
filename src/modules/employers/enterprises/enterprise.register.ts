import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerEnterpriseContactPages } from './enterprise-contact.pages.js'
import { registerEnterpriseDetailsPage } from './enterprise-details.pages.js'
import { registerEnterpriseFormPages } from './enterprise-form.pages.js'
import { registerEnterpriseListPage } from './enterprise-list.pages.js'
import type { EnterpriseSection } from './enterprise-sections.js'
import { registerEnterpriseRoutes } from './enterprise.routes.js'

/**
 * This feature's API routes and pages. `sections` are drawn on the enterprise page after its contacts, in order
 * (other features' timelines and lists, handed in by `employers.plugin.ts`).
 */
export function registerEnterprises(
  app: FastifyInstance,
  deps: ModuleDeps,
  sections: readonly EnterpriseSection[] = [],
): void {
  registerEnterpriseRoutes(app, deps)
  registerEnterpriseListPage(app, deps)
  registerEnterpriseFormPages(app, deps)
  registerEnterpriseDetailsPage(app, deps, sections)
  registerEnterpriseContactPages(app, deps)
}
