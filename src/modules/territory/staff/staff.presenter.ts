import { isActiveOn } from '../../../platform/validity.js'
import type { StaffOutput } from './staff.contracts.js'
import type { StaffRow } from './staff.queries.js'

export function presentStaff(row: StaffRow, today: string): StaffOutput {
  return {
    id: row.id,
    fullName: row.fullName,
    role: row.role,
    email: row.email,
    phone: row.phone,
    regionCode: row.regionCode,
    servicePointId: row.servicePointId,
    hasAccount: row.userId !== null,
    validFrom: row.validFrom,
    validTo: row.validTo,
    active: isActiveOn(row, today),
  }
}
