import { assertCan, can, type Ctx, findUserDisplayNames, inTransaction, recordAudit } from '../../access/index.js'
import { findRegionByCode, listAllRegions, listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import type { Db } from '../../../platform/db/database.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import {
  type CapacityOutput,
  type OrganizationInput,
  organizationInput,
  type OrganizationOutput,
  type OrganizationValues,
} from './organization.contracts.js'
import { type HsdsDocument, type HsdsTable, hsdsOf } from './organization-hsds.js'
import { canManageOrganizations, canReadOrganizations } from './organization.policy.js'
import { presentOrganization } from './organization.presenter.js'
import {
  findOrganization,
  findOrganizationByName,
  insertOrganization,
  listPublicOrganizationRows,
  type OrganizationRow,
  updateOrganizationRow,
} from './organization.queries.js'

/**
 * The public directory as HSDS (one query): every table, or only the one a CSV asks for. Anyone may read it, signed in
 * or not (it holds only what the public regional pages show), hence the database rather than a caller's context.
 */
export async function exportPublicDirectory(db: Db, only?: HsdsTable): Promise<HsdsDocument> {
  return hsdsOf(await listPublicOrganizationRows(db), only)
}

/** What the partner portal shows of the partner's own organization. */
export type OwnOrganization = {
  id: string
  name: string
  city: string | null
  region: { nameFr: string; nameEn: string } | null
  capacity: CapacityOutput | null
}

const nameTaken = () =>
  conflict('ORGANIZATION_NAME_TAKEN', 'name', {
    fr: 'Un organisme de cette région porte déjà ce nom.',
    en: 'An organization of this region already has this name.',
  })

const regionIsFixed = () =>
  invalidInput({
    regionCode: {
      fr: 'Un organisme ne change pas de région : ses ententes et son compte partenaire y sont rattachés.',
      en: 'An organization does not change region: its agreements and partner account belong to it.',
    },
  })

/** Throws forbidden unless the caller may manage organizations (forms check it before showing themselves). */
export function assertCanManageOrganizations(ctx: Ctx): void {
  if (!canManageOrganizations(ctx.actor, ctx.scope)) throw forbidden()
}

/**
 * The organization row if the caller may read it: staff of its region, or its own partner account; otherwise
 * not_found (the caller may not know it exists).
 */
export async function getOrganizationRowInScope(ctx: Ctx, id: string): Promise<OrganizationRow> {
  const own = can(ctx.actor, 'portal.use') && ctx.scope.organizationId === id
  // A partner asking for another organization learns nothing about it, not even that it exists.
  if (!own && !canReadOrganizations(ctx.actor))
    throw can(ctx.actor, 'portal.use') ? notFound('organization') : forbidden()
  const row = await findOrganization(ctx.db, id)
  if (!row || !(own || ctx.scope.coversRegion(row.regionCode))) throw notFound('organization')
  return row
}

/** An organization with its capacity and who stated it (two queries). */
export async function presentWithAuthor(ctx: Ctx, row: OrganizationRow): Promise<OrganizationOutput> {
  const names = await findUserDisplayNames(ctx.db, [row.capacityUpdatedBy])
  return presentOrganization(row, row.capacityUpdatedBy ? names.get(row.capacityUpdatedBy) : undefined)
}

/** One organization, or not_found when unknown or outside the caller's scope. */
export async function getOrganizationOrThrow(ctx: Ctx, id: string): Promise<OrganizationOutput> {
  return presentWithAuthor(ctx, await getOrganizationRowInScope(ctx, id))
}

const unknownRegions = () => invalidInput({ servedRegionCodes: { fr: 'Région inconnue.', en: 'Unknown region.' } })

/**
 * The region must exist and be the caller's; served regions must exist; each served MRC must exist and lie in the
 * organization's region or one of the regions it serves (two reads).
 */
async function checkTerritory(ctx: Ctx, input: OrganizationValues): Promise<void> {
  if (!ctx.scope.coversRegion(input.regionCode) || !(await findRegionByCode(ctx.db, input.regionCode))) {
    throw invalidInput({
      regionCode: { fr: 'Région inconnue ou hors de votre portée.', en: 'Unknown region or outside your scope.' },
    })
  }
  if (input.servedRegionCodes.length > 0) {
    const known = new Set((await listAllRegions(ctx)).map((r) => r.code))
    if (!input.servedRegionCodes.every((c) => known.has(c))) throw unknownRegions()
  }
  if (input.servedMrcCodes.length === 0) return
  const regions = [...new Set([input.regionCode, ...input.servedRegionCodes])]
  const allowed = new Set((await listMrcsOfRegionsOrThrow(ctx, regions)).map((m) => m.code))
  const stray = input.servedMrcCodes.filter((c) => !allowed.has(c))
  if (stray.length > 0) {
    throw invalidInput({
      servedMrcCodes: {
        fr: `MRC inconnue ou hors des régions desservies : ${stray.join(', ')}.`,
        en: `Unknown RCM or outside the regions served: ${stray.join(', ')}.`,
      },
    })
  }
}

async function checkName(ctx: Ctx, input: OrganizationValues, selfId?: string): Promise<void> {
  const other = await findOrganizationByName(ctx.db, input.regionCode, input.name)
  if (other && other.id !== selfId) throw nameTaken()
}

/** The columns of a full replacement: an absent optional field is cleared; the own region is not "served". */
const columnsOf = (input: OrganizationValues, now: Date) => ({
  ...input,
  description: input.description ?? null,
  streetAddress: input.streetAddress ?? null,
  city: input.city ?? null,
  postalCode: input.postalCode ?? null,
  website: input.website ?? null,
  email: input.email ?? null,
  phone: input.phone ?? null,
  servedRegionCodes: input.servedRegionCodes.filter((c) => c !== input.regionCode),
  updatedAt: now,
})

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error) ? nameTaken() : error
}

/** Adds an organization to a region's directory (its website must be an http(s) address: it becomes a public link). */
export async function createOrganization(ctx: Ctx, data: OrganizationInput): Promise<OrganizationOutput> {
  assertCanManageOrganizations(ctx)
  // Parsed again whatever the caller (seed, CLI, import): the website is rendered as a link on the public site.
  const input = parseInput(organizationInput, data)
  return inTransaction(ctx, async (tx) => {
    await checkTerritory(tx, input)
    await checkName(tx, input)
    const values = { ...columnsOf(input, tx.now), createdAt: tx.now }
    const row = await insertOrganization(tx.db, values).catch(rethrowNameTaken)
    await recordAudit(tx, {
      action: 'organization.created',
      entityType: 'organization',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    return presentOrganization(row)
  })
}

const directoryFields = Object.keys(organizationInput.shape) as (keyof OrganizationValues)[]

/** The fields whose value changes (lists compared by content); field names only, never values, go to the journal. */
function changedFields(next: Record<string, unknown>, current: Record<string, unknown>): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
  return directoryFields.filter((k) => !same(next[k], current[k]))
}

/** Replaces every directory field of an organization (the edit form); the capacity is the partner's, left alone. */
export async function replaceOrganization(ctx: Ctx, id: string, data: OrganizationInput): Promise<OrganizationOutput> {
  assertCanManageOrganizations(ctx)
  const input = parseInput(organizationInput, data)
  return inTransaction(ctx, async (tx) => {
    const current = await getOrganizationRowInScope(tx, id)
    if (!canManageOrganizations(tx.actor, tx.scope, current.regionCode)) throw notFound('organization')
    if (input.regionCode !== current.regionCode) throw regionIsFixed()
    await checkTerritory(tx, input)
    await checkName(tx, input, id)
    const values = columnsOf(input, tx.now)
    const changed = changedFields(values, current)
    if (changed.length === 0) return presentWithAuthor(tx, current)
    const row = await updateOrganizationRow(tx.db, id, values).catch(rethrowNameTaken)
    await recordAudit(tx, {
      action: 'organization.updated',
      entityType: 'organization',
      entityId: id,
      regionCode: row.regionCode,
      details: { changed },
    })
    return presentWithAuthor(tx, row)
  })
}

/** The organization of the signed-in partner account, its region and capacity; undefined when linked to none. */
export async function findOwnOrganization(ctx: Ctx): Promise<OwnOrganization | undefined> {
  assertCan(ctx.actor, 'portal.use')
  const id = ctx.scope.organizationId
  const org = id ? await findOrganization(ctx.db, id) : undefined
  if (!org) return undefined
  const [region, output] = [await findRegionByCode(ctx.db, org.regionCode), await presentWithAuthor(ctx, org)]
  return {
    id: org.id,
    name: org.name,
    city: org.city,
    region: region ? { nameFr: region.nameFr, nameEn: region.nameEn } : null,
    capacity: output.capacity,
  }
}
