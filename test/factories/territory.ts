import type { Ctx } from '../../src/modules/access/index.js'
import {
  addContactChannel,
  createDirectorate,
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

/**
 * The Côte-Nord test directorate (region 09, no team, no service point) with the contact channels asked for, each
 * valid since 2020: what the public pages show for a region that has only a directorate to call.
 */
export async function buildCoteNordDirectorate(ctx: Ctx, channels: { email?: string; phone?: string }) {
  const directorate = await createDirectorate(ctx, {
    nameFr: 'Direction régionale de la Côte-Nord (essai)',
    nameEn: 'Côte-Nord regional directorate (test)',
    regionCodes: ['09'],
    validFrom: '2020-01-01',
  })
  for (const kind of ['email', 'phone'] as const) {
    const value = channels[kind]
    if (value) await addContactChannel(ctx, { directorateId: directorate.id, kind, value, validFrom: '2020-01-01' })
  }
  return directorate
}
