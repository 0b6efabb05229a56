// The territory module's public surface: regions, MRCs, directorates, service points, staff, contact channels.
// Tables are not exported: other modules go through these functions (schema files reference tables for foreign keys).
export { listRegions, findRegionByCode, findRegionBySlug, type RegionRow } from './regions/region.queries.js'
export { findRegionProfile, type RegionProfile } from './regions/region-profile.js'
/** Every region in code order with its directorate, contact channels and service points in force on a date (4 queries). */
export { listRegionContacts, type RegionContacts, type ContactChannel } from './regions/region-contacts.js'
/** Service points in force on a date, counted by region code in one grouped query (regions without any are absent). */
export { countActiveServicePointsByRegion } from './service-points/service-point.queries.js'
export { resolveTerritoryScope } from './scope.js'
/** The region codes a read keeps: the scope's ('all' for every region), narrowed to one region when asked. */
export { regionFilter } from './scope.js'
export { isQuebecRegion, knownRegionCode, regionCode, unknownRegionText } from './regions/region.contracts.js'
export { civilDate } from '../../platform/clock.js'
export { listRegionsInScope, listAllRegions } from './regions/region.service.js'
/** A region with its MRCs (not_found for an unknown code): which MRCs a record of the region may name. */
export { getRegionWithMrcsOrThrow } from './regions/region.service.js'
/** The MRCs of several regions in one query (a form offering the caller's regions). */
export { listMrcsOfRegionsOrThrow } from './regions/region.service.js'
export type { MrcRow } from './regions/region.queries.js'
export { findDirectorateByName } from './directorates/directorate.queries.js'
export {
  createServicePoint,
  replaceServicePoint,
  updateServicePoint,
  listServicePoints,
  getServicePointOrThrow,
} from './service-points/service-point.service.js'
export { createStaff, replaceStaff, updateStaff, listStaff, getStaffOrThrow } from './staff/staff.service.js'
/** The team member a user account belongs to, in post on a date (id, role, region), if any: "my" work queue. */
export { findStaffOfUser } from './staff/staff.queries.js'
/** The names of some service points, staff members and regions (both languages), in one query, as maps. */
export { findTerritoryNames, type TerritoryNames } from './territory-names.queries.js'
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
