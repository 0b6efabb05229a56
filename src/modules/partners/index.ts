// The partners module's public surface (a minimal organization directory for now).
import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../access/index.js'
import { registerPortalPages } from './organizations/portal.pages.js'

export { organizations, partnersSchema } from './organizations/organization.schema.js'
export { resolveOrganizationScope } from './organizations/organization.scope.js'
export { createOrganization, listPublicOrganizations, organizationInput } from './organizations/organization.service.js'

/** The partner portal's home (referrals and agreement reports come with their own issues). */
export async function partnersPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerPortalPages(app, deps)
}
