// The territory module's public surface: regions, MRCs, directorates, service points, staff, contact channels.
// Tables are not exported: other modules go through these functions (schema files reference tables for foreign keys).
export { listRegions, findRegionByCode, findRegionBySlug, type RegionRow } from './regions/region.queries.js'
export { findRegionProfile, type RegionProfile } from './regions/region-profile.js'
export { resolveTerritoryScope } from './scope.js'
export { regionCode } from './regions/region.contracts.js'
export { civilDate } from '../../platform/clock.js'
export { listRegionsInScope, listAllRegions } from './regions/region.service.js'
export { findDirectorateByName } from './directorates/directorate.queries.js'
export {
  createServicePoint,
  replaceServicePoint,
  updateServicePoint,
  listServicePoints,
  getServicePointOrThrow,
} from './service-points/service-point.service.js'
export { createStaff, replaceStaff, updateStaff, listStaff, getStaffOrThrow } from './staff/staff.service.js'
export type { ServicePointInput, ServicePointOutput } from './service-points/service-point.contracts.js'
export type { StaffInput, StaffOutput, StaffAccountInput } from './staff/staff.contracts.js'
export { territoryPlugin, territoryNav } from './territory.plugin.js'
export { createDirectorate, addContactChannel } from './directorates/directorate.service.js'
export {
  createStaffAccount,
  resetStaffPassword,
  setStaffAccountDisabled,
  staffAccountState,
} from './staff/staff-account.service.js'
export { territoryAuditLabels } from './territory.messages.js'
