import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerOrganizationDetailsPages } from './organization-details.pages.js'
import { registerOrganizationFormPages } from './organization-form.pages.js'
import { registerOrganizationListPage } from './organization-list.pages.js'
import { registerOrganizationRoutes } from './organization.routes.js'
import { registerPortalPages } from './portal.pages.js'

/** The organization directory: API, staff pages (list, new, details, edit, capacity) and the partner portal's home. */
export function registerOrganizations(app: FastifyInstance, deps: ModuleDeps): void {
  registerOrganizationRoutes(app, deps)
  registerOrganizationListPage(app, deps)
  // The form pages first: `/app/organismes/nouveau` is a page of its own, not an organization's id.
  registerOrganizationFormPages(app, deps)
  registerOrganizationDetailsPages(app, deps)
  registerPortalPages(app, deps)
}
