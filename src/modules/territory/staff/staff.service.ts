import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { parseInput } from '../../../platform/validation.js'
import { assertRegionCovered, assertRegionWritable, regionFilter } from '../scope.js'
import { findServicePoint } from '../service-points/service-point.queries.js'
import { type StaffInput, staffInput, type StaffOutput, type StaffPatch } from './staff.contracts.js'
import { canManageStaff, canReadStaff } from './staff.policy.js'
import { presentStaff } from './staff.presenter.js'
import {
  findStaffByEmail,
  findStaffMember,
  insertStaffRow,
  listStaffRows,
  type StaffRow,
  updateStaffRow,
} from './staff.queries.js'
import type { staffRoles } from './staff.schema.js'

const emailTaken = () =>
  conflict('STAFF_EMAIL_TAKEN', 'email', {
    fr: 'Un membre du personnel utilise déjà cette adresse courriel.',
    en: 'A staff member already uses this email address.',
  })

/** Team members the caller may see: of one region, one role, or only those in force today, if asked. */
export async function listStaff(
  ctx: Ctx,
  filter: { region?: string; role?: (typeof staffRoles)[number]; active?: boolean } = {},
): Promise<StaffOutput[]> {
  if (!canReadStaff(ctx.actor)) throw forbidden()
  const today = civilDate(ctx.now)
  const rows = await listStaffRows(ctx.db, regionFilter(ctx.scope, filter.region), {
    role: filter.role,
    activeOn: filter.active ? today : undefined,
  })
  return rows.map((r) => presentStaff(r, today))
}

/** A team member's row, or not_found when unknown or outside the caller's scope. */
export async function getStaffRowInScope(ctx: Ctx, id: string): Promise<StaffRow> {
  const row = await findStaffMember(ctx.db, id)
  if (!row) throw notFound('staff')
  assertRegionCovered(ctx.scope, row.regionCode, 'staff')
  return row
}

/** One team member, or not_found when unknown or outside the caller's scope. */
export async function getStaffOrThrow(ctx: Ctx, id: string): Promise<StaffOutput> {
  if (!canReadStaff(ctx.actor)) throw forbidden()
  return presentStaff(await getStaffRowInScope(ctx, id), civilDate(ctx.now))
}

/** Throws forbidden unless the caller may manage the team (forms check it before showing themselves). */
export function assertCanManageStaff(ctx: Ctx): void {
  if (!canManageStaff(ctx.actor, ctx.scope)) throw forbidden()
}

async function checkReferences(ctx: Ctx, input: StaffInput, selfId?: string): Promise<void> {
  await assertRegionWritable(ctx.db, ctx.scope, input.regionCode)
  if (input.servicePointId) {
    const sp = await findServicePoint(ctx.db, input.servicePointId)
    if (!sp || sp.regionCode !== input.regionCode) {
      throw invalidInput({
        servicePointId: {
          fr: "Ce point de services n'est pas dans la région choisie.",
          en: 'This service point is not in the chosen region.',
        },
      })
    }
  }
  if (input.email) {
    const other = await findStaffByEmail(ctx.db, input.email)
    if (other && other.id !== selfId) throw emailTaken()
  }
}

const columnsOf = (input: StaffInput, now: Date) => ({
  ...input,
  email: input.email ?? null,
  phone: input.phone ?? null,
  servicePointId: input.servicePointId ?? null,
  validTo: input.validTo ?? null,
  updatedAt: now,
})

/** Adds a team member to a region of the caller's scope (the account, if any, is opened separately by an admin). */
export async function createStaff(ctx: Ctx, input: StaffInput): Promise<StaffOutput> {
  assertCanManageStaff(ctx)
  return inTransaction(ctx, async (tx) => {
    await checkReferences(tx, input)
    const row = await insertStaffRow(tx.db, { ...columnsOf(input, tx.now), createdAt: tx.now }).catch(rethrowEmailTaken)
    await recordAudit(tx, {
      action: 'staff.created',
      entityType: 'staff',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    return presentStaff(row, civilDate(tx.now))
  })
}

/** Replaces every field of a team member (the edit form): an absent optional field is cleared. */
export async function replaceStaff(ctx: Ctx, id: string, input: StaffInput): Promise<StaffOutput> {
  assertCanManageStaff(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getStaffRowInScope(tx, id)
    await checkReferences(tx, input, id)
    const values = columnsOf(input, tx.now)
    const changed = changedFields(Object.keys(staffInput.shape), values, current)
    if (changed.length === 0) return presentStaff(current, civilDate(tx.now))
    const row = await updateStaffRow(tx.db, id, values).catch(rethrowEmailTaken)
    await recordAudit(tx, {
      action: 'staff.updated',
      entityType: 'staff',
      entityId: id,
      regionCode: row.regionCode,
      details: { changed },
    })
    return presentStaff(row, civilDate(tx.now))
  })
}

/** Changes some fields of a team member (API PATCH): the merged record is validated as a whole, then replaced. */
export async function updateStaff(ctx: Ctx, id: string, changes: StaffPatch): Promise<StaffOutput> {
  assertCanManageStaff(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getStaffRowInScope(tx, id)
    return replaceStaff(tx, id, parseInput(staffInput, { ...current, ...changes }))
  })
}

function rethrowEmailTaken(error: unknown): never {
  throw isUniqueViolation(error) ? emailTaken() : error
}
