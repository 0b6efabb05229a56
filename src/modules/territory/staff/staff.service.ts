import { eq } from 'drizzle-orm'
import { assertCan, type Ctx, recordAudit } from '../../access/index.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, invalidInput, notFound } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { assertRegionInScope, assertRegionWritable, civilDate, inScope, regionCodesInScope } from '../scope.js'
import { findServicePoint } from '../service-points/service-point.queries.js'
import { type StaffInput, staffInput, type StaffOutput } from './staff.contracts.js'
import { presentStaff } from './staff.presenter.js'
import { findStaffByEmail, findStaffMember, listStaffRows, type StaffRow } from './staff.queries.js'
import { staffMembers, type staffRoles } from './staff.schema.js'

const emailTaken = () =>
  conflict('STAFF_EMAIL_TAKEN', 'email', {
    fr: "Un membre du personnel utilise déjà cette adresse courriel.",
    en: 'A staff member already uses this email address.',
  })

/** Team members the actor may see. */
export async function listStaff(
  ctx: Ctx,
  filter: { region?: string; role?: (typeof staffRoles)[number]; active?: boolean } = {},
): Promise<StaffOutput[]> {
  assertCan(ctx.actor, 'territory.read')
  const today = civilDate(ctx.now)
  let scope = await regionCodesInScope(ctx.db, ctx.actor, today)
  if (filter.region) scope = inScope(scope, filter.region) ? [filter.region] : []
  const rows = await listStaffRows(ctx.db, scope, { role: filter.role, activeOn: filter.active ? today : undefined })
  return rows.map((r) => presentStaff(r, today))
}

async function getRowInScope(ctx: Ctx, id: string): Promise<StaffRow> {
  const row = await findStaffMember(ctx.db, id)
  if (!row) throw notFound('staff')
  await assertRegionInScope(ctx.db, ctx.actor, row.regionCode, civilDate(ctx.now), 'staff')
  return row
}

/** One team member, or not_found when unknown or outside the actor's scope. */
export async function getStaffOrThrow(ctx: Ctx, id: string): Promise<StaffOutput> {
  assertCan(ctx.actor, 'territory.read')
  return presentStaff(await getRowInScope(ctx, id), civilDate(ctx.now))
}

async function checkReferences(ctx: Ctx, input: { regionCode: string; servicePointId?: string | null; email?: string | null }, selfId?: string) {
  await assertRegionWritable(ctx.db, ctx.actor, input.regionCode, civilDate(ctx.now))
  if (input.servicePointId) {
    const sp = await findServicePoint(ctx.db, input.servicePointId)
    if (!sp || sp.regionCode !== input.regionCode) {
      throw invalidInput({ servicePointId: { fr: "Ce point de services n'est pas dans la région choisie.", en: 'This service point is not in the chosen region.' } })
    }
  }
  if (input.email) {
    const other = await findStaffByEmail(ctx.db, input.email)
    if (other && other.id !== selfId) throw emailTaken()
  }
}

/** Adds a team member to a region of the actor's scope. */
export async function createStaff(ctx: Ctx, raw: StaffInput & { userId?: string | null }): Promise<StaffOutput> {
  assertCan(ctx.actor, 'staff.manage')
  const input = parseInput(staffInput, raw)
  await checkReferences(ctx, input)
  try {
    const [row] = await ctx.db
      .insert(staffMembers)
      .values({ ...input, email: input.email ?? null, phone: input.phone ?? null, servicePointId: input.servicePointId ?? null, validTo: input.validTo ?? null, userId: raw.userId ?? null, createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
    await recordAudit(ctx, { action: 'staff.created', entityType: 'staff', entityId: row!.id })
    return presentStaff(row!, civilDate(ctx.now))
  } catch (error) {
    throw isUniqueViolation(error) ? emailTaken() : error
  }
}

/** Changes some fields of a team member; the merged record is validated as a whole. */
export async function updateStaff(ctx: Ctx, id: string, changes: Partial<StaffInput>): Promise<StaffOutput> {
  assertCan(ctx.actor, 'staff.manage')
  const current = await getRowInScope(ctx, id)
  const input = parseInput(staffInput, { ...current, ...changes })
  await checkReferences(ctx, input, id)
  try {
    const [row] = await ctx.db
      .update(staffMembers)
      .set({ ...input, email: input.email ?? null, phone: input.phone ?? null, servicePointId: input.servicePointId ?? null, validTo: input.validTo ?? null, updatedAt: ctx.now })
      .where(eq(staffMembers.id, id))
      .returning()
    await recordAudit(ctx, { action: 'staff.updated', entityType: 'staff', entityId: id, details: { changed: Object.keys(changes) } })
    return presentStaff(row!, civilDate(ctx.now))
  } catch (error) {
    throw isUniqueViolation(error) ? emailTaken() : error
  }
}
