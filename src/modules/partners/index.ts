// The partners module's public surface (a minimal organization directory for now).
import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../access/index.js'

export { organizations, partnersSchema } from './organizations/organization.schema.js'
export { createOrganization, listPublicOrganizations, organizationInput } from './organizations/organization.service.js'

/** No pages or routes yet: agreements and the partner portal come with their own issue. */
export async function partnersPlugin(_app: FastifyInstance, _deps: ModuleDeps): Promise<void> {}
