import type { Ctx } from '../../src/modules/access/index.js'
import {
  createServicePoint,
  createStaff,
  type ServicePointInput,
  type StaffInput,
} from '../../src/modules/territory/index.js'

let n = 0

/** A service point in a region (Gaspésie–Îles-de-la-Madeleine unless told), with sensible defaults. */
export function buildServicePoint(ctx: Ctx, overrides: Partial<ServicePointInput> = {}) {
  n++
  return createServicePoint(ctx, {
    regionCode: '11',
    name: `Point ${n}`,
    hostKind: 'services_quebec',
    hostName: 'Services Québec',
    streetAddress: `${n}, rue Principale`,
    city: 'Gaspé',
    validFrom: '2020-01-01',
    ...overrides,
  })
}

/** A team member (an agent by default) in a region. */
export function buildStaff(ctx: Ctx, overrides: Partial<StaffInput> = {}) {
  n++
  return createStaff(ctx, {
    fullName: `Membre ${n}`,
    role: 'agent',
    regionCode: '11',
    validFrom: '2020-01-01',
    ...overrides,
  })
}
