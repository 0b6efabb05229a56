import { eq } from 'drizzle-orm'
import { assertCan, createUser, type Ctx, isUserDisabled, recordAudit, resetPassword, type Role, setUserDisabled } from '../../access/index.js'
import { randomToken } from '../../../platform/crypto.js'
import { AppError, invalidInput, notFound } from '../../../platform/errors.js'
import { assertRegionInScope, civilDate } from '../scope.js'
import { findStaffMember, type StaffRow } from './staff.queries.js'
import { staffMembers, type staffRoles } from './staff.schema.js'

// Support staff have no role in the application yet.
const accountRole: Record<(typeof staffRoles)[number], Role | null> = {
  advisor: 'advisor',
  agent: 'agent',
  director: 'director',
  admin: 'admin',
  support: null,
}

export type AccountScope = 'region' | 'service_point'

async function getStaffInScope(ctx: Ctx, staffId: string): Promise<StaffRow> {
  const staff = await findStaffMember(ctx.db, staffId)
  if (!staff) throw notFound('staff')
  await assertRegionInScope(ctx.db, ctx.actor, staff.regionCode, civilDate(ctx.now), 'staff')
  return staff
}

/**
 * Opens a sign-in account for a team member, with the role of their function and the scope of their region or
 * service point. Returns the generated password, to hand over once.
 */
export async function createStaffAccount(ctx: Ctx, staffId: string, scope: AccountScope): Promise<{ email: string; password: string }> {
  assertCan(ctx.actor, 'users.manage')
  const staff = await getStaffInScope(ctx, staffId)
  if (staff.userId) {
    throw new AppError('conflict', 'STAFF_ACCOUNT_EXISTS', { fr: 'Ce membre du personnel a déjà un compte.', en: 'This staff member already has an account.' })
  }
  const role = accountRole[staff.role]
  if (!staff.email) throw invalidInput({ email: { fr: 'Inscrivez d’abord une adresse courriel.', en: 'Enter an email address first.' } })
  if (!role) throw invalidInput({ role: { fr: "Cette fonction n'a pas d'accès à Escale.", en: 'This role has no access to Escale.' } })
  if (scope === 'service_point' && !staff.servicePointId) {
    throw invalidInput({ scope: { fr: "Ce membre n'est rattaché à aucun point de services.", en: 'This member has no service point.' } })
  }
  const password = randomToken(12)
  const user = await createUser(ctx, {
    email: staff.email,
    displayName: staff.fullName,
    password,
    role,
    scopeKind: role === 'admin' ? 'all' : scope,
    scopeRef: scope === 'service_point' ? staff.servicePointId! : staff.regionCode,
  })
  await ctx.db.update(staffMembers).set({ userId: user.id, updatedAt: ctx.now }).where(eq(staffMembers.id, staffId))
  await recordAudit(ctx, { action: 'staff.account_created', entityType: 'staff', entityId: staffId, details: { userId: user.id } })
  return { email: staff.email, password }
}

/** 'none', 'active' or 'disabled': the state of a team member's account. */
export async function staffAccountState(ctx: Ctx, staffId: string): Promise<'none' | 'active' | 'disabled'> {
  const staff = await getStaffInScope(ctx, staffId)
  if (!staff.userId) return 'none'
  return (await isUserDisabled(ctx, staff.userId)) ? 'disabled' : 'active'
}

/** Disables (ending its sessions) or re-enables a team member's account. */
export async function setStaffAccountDisabled(ctx: Ctx, staffId: string, disabled: boolean): Promise<void> {
  assertCan(ctx.actor, 'users.manage')
  const staff = await getStaffInScope(ctx, staffId)
  if (!staff.userId) throw notFound('account')
  await setUserDisabled(ctx, staff.userId, disabled)
}

/** Gives a team member's account a new generated password (ending its sessions) and returns it once. */
export async function resetStaffPassword(ctx: Ctx, staffId: string): Promise<{ email: string; password: string }> {
  assertCan(ctx.actor, 'users.manage')
  const staff = await getStaffInScope(ctx, staffId)
  if (!staff.userId || !staff.email) throw notFound('account')
  return { email: staff.email, password: await resetPassword(ctx, staff.userId) }
}
