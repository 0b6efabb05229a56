import { isActiveOn } from '../../../platform/validity.js'
import type { ServicePointOutput } from './service-point.contracts.js'
import type { ServicePointRow } from './service-point.queries.js'

export function presentServicePoint(row: ServicePointRow, today: string): ServicePointOutput {
  return {
    id: row.id,
    regionCode: row.regionCode,
    name: row.name,
    hostKind: row.hostKind,
    hostName: row.hostName,
    streetAddress: row.streetAddress,
    city: row.city,
    postalCode: row.postalCode,
    hoursFr: row.hoursFr,
    hoursEn: row.hoursEn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    active: isActiveOn(row, today),
  }
}
