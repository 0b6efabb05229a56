// The partners module's public surface: a minimal organization directory and the partner portal for now.
// Tables are not exported: other modules go through these functions (schema files reference tables for foreign keys).
export { resolveOrganizationScope } from './organizations/organization.scope.js'
export {
  createOrganization,
  findOwnOrganization,
  organizationInput,
  type OwnOrganization,
} from './organizations/organization.service.js'
export { listPublicOrganizations, type PublicOrganization } from './organizations/organization.queries.js'
/** Every organization of a region (id, name, city), for staff choosing one: a plan step, a referral. */
export { listOrganizationsOfRegion, type RegionOrganization } from './organizations/organization.queries.js'
/** The names of some organizations by id, in one query (a dossier's timeline). */
export { findOrganizationNames } from './organizations/organization.queries.js'
export { partnersHomeSections, partnersJobs, partnersNav, partnersPlugin } from './partners.plugin.js'
export { partnersAuditLabels } from './partners.messages.js'
