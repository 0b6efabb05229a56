import type { OrganizationOutput, OrganizationSummary } from './organization.contracts.js'
import type { OrganizationRow } from './organization.queries.js'
import type { ServiceCategory } from './organization-services.js'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** An organization with its capacity; `updatedByName`: the display name of who last stated it, if known. */
export function presentOrganization(row: OrganizationRow, updatedByName?: string): OrganizationOutput {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionCode: row.regionCode,
    description: row.description,
    streetAddress: row.streetAddress,
    city: row.city,
    postalCode: row.postalCode,
    website: row.website,
    email: row.email,
    phone: row.phone,
    services: row.services as ServiceCategory[],
    languages: row.languages,
    servedRegionCodes: row.servedRegionCodes,
    servedMrcCodes: row.servedMrcCodes,
    listedPublicly: row.listedPublicly,
    capacity: row.capacityStatus
      ? {
          status: row.capacityStatus,
          waitingCount: row.waitingCount,
          note: row.capacityNote,
          updatedAt: iso(row.capacityUpdatedAt),
          updatedBy: row.capacityUpdatedBy && updatedByName ? { id: row.capacityUpdatedBy, name: updatedByName } : null,
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentSummary(row: OrganizationRow): OrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionCode: row.regionCode,
    city: row.city,
    services: row.services as ServiceCategory[],
    servedMrcCodes: row.servedMrcCodes,
    listedPublicly: row.listedPublicly,
    capacityStatus: row.capacityStatus,
    waitingCount: row.waitingCount,
    capacityUpdatedAt: iso(row.capacityUpdatedAt),
  }
}
