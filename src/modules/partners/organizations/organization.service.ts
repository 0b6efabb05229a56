import { z } from 'zod'
import { assertCan, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { findRegionByCode, regionCode } from '../../territory/index.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, invalidInput } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { findOrganization } from './organization.queries.js'
import { organizationKinds, organizations } from './organization.schema.js'
import { webAddress } from './web-address.js'

export const organizationInput = z.object({
  name: z.string().trim().min(1).max(300),
  kind: z.enum(organizationKinds),
  regionCode,
  city: z.string().trim().max(100).nullish(),
  website: webAddress.nullish(),
  email: z.email().nullish(),
  phone: z.string().trim().max(30).nullish(),
  listedPublicly: z.boolean().optional(),
})
export type OrganizationInput = z.output<typeof organizationInput>

/** What the partner portal shows of the partner's own organization. */
export type OwnOrganization = {
  id: string
  name: string
  city: string | null
  region: { nameFr: string; nameEn: string } | null
}

const nameTaken = () =>
  conflict('ORGANIZATION_NAME_TAKEN', 'name', {
    fr: 'Un organisme de cette région porte déjà ce nom.',
    en: 'An organization of this region already has this name.',
  })

/** Adds an organization to a region's directory (its website must be an http(s) address: it becomes a public link). */
export async function createOrganization(ctx: Ctx, data: OrganizationInput): Promise<{ id: string }> {
  assertCan(ctx.actor, 'partners.manage')
  // Parsed again whatever the caller (seed, CLI, a future form): the website is rendered as a link on the public site.
  const input = parseInput(organizationInput, data)
  return inTransaction(ctx, async (tx) => {
    if (!(await findRegionByCode(tx.db, input.regionCode))) {
      throw invalidInput({ regionCode: { fr: 'Région inconnue.', en: 'Unknown region.' } })
    }
    const [row] = await tx.db
      .insert(organizations)
      .values({ ...input, listedPublicly: input.listedPublicly ?? true, createdAt: tx.now, updatedAt: tx.now })
      .returning({ id: organizations.id })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken() : error
      })
    await recordAudit(tx, {
      action: 'organization.created',
      entityType: 'organization',
      entityId: row!.id,
      regionCode: input.regionCode,
    })
    return row!
  })
}

/** The organization of the signed-in partner account and its region; undefined when the account is linked to none. */
export async function findOwnOrganization(ctx: Ctx): Promise<OwnOrganization | undefined> {
  assertCan(ctx.actor, 'portal.use')
  const id = ctx.scope.organizationId
  const org = id ? await findOrganization(ctx.db, id) : undefined
  if (!org) return undefined
  const region = await findRegionByCode(ctx.db, org.regionCode)
  return {
    id: org.id,
    name: org.name,
    city: org.city,
    region: region ? { nameFr: region.nameFr, nameEn: region.nameEn } : null,
  }
}
