import type { ContactOutput, EnterpriseOutput } from './enterprise.contracts.js'
import type { ContactRow, EnterpriseRow } from './enterprise.queries.js'

export function presentEnterprise(row: EnterpriseRow): EnterpriseOutput {
  return {
    id: row.id,
    legalName: row.legalName,
    neq: row.neq,
    scianCode: row.scianCode,
    sizeBand: row.sizeBand,
    streetAddress: row.streetAddress,
    city: row.city,
    postalCode: row.postalCode,
    mrcCode: row.mrcCode,
    regionCode: row.regionCode,
    phone: row.phone,
    email: row.email,
    website: row.website,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentContact(row: ContactRow): ContactOutput {
  return {
    id: row.id,
    name: row.name,
    jobTitle: row.jobTitle,
    email: row.email,
    phone: row.phone,
    language: row.language,
  }
}
