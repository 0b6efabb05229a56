import {
  createUser,
  type Ctx,
  forbiddenUnless,
  inTransaction,
  isCurrentPassword,
  isUserDisabled,
  recordAudit,
  resetPassword,
  type Role,
  setUserDisabled,
} from '../../access/index.js'
import { randomToken } from '../../../platform/crypto.js'
import { AppError, invalidInput, notFound } from '../../../platform/errors.js'
import { civilDate } from '../../../platform/clock.js'
import type { StaffAccountInput, StaffOutput } from './staff.contracts.js'
import { presentStaff } from './staff.presenter.js'
import { canManageStaffAccounts } from './staff.policy.js'
import { updateStaffRow, type StaffRow } from './staff.queries.js'
import type { staffRoles } from './staff.schema.js'
import { getStaffRowInScope } from './staff.service.js'

// Support staff have no role in the application yet.
const accountRole: Record<(typeof staffRoles)[number], Role | null> = {
  advisor: 'advisor',
  agent: 'agent',
  director: 'director',
  admin: 'admin',
  support: null,
}

export type AccountState = 'none' | 'active' | 'disabled'

const accountExists = () =>
  new AppError('conflict', 'STAFF_ACCOUNT_EXISTS', {
    fr: 'Ce membre du personnel a déjà un compte.',
    en: 'This staff member already has an account.',
  })

async function getStaffForAccounts(ctx: Ctx, staffId: string): Promise<StaffRow> {
  forbiddenUnless(canManageStaffAccounts(ctx.actor, ctx.scope))
  return getStaffRowInScope(ctx, staffId)
}

function assertCanOpenAccount(staff: StaffRow, input: StaffAccountInput): Role {
  const role = accountRole[staff.role]
  if (staff.userId) throw accountExists()
  if (!staff.email)
    throw invalidInput({
      email: { fr: 'Inscrivez d’abord une adresse courriel.', en: 'Enter an email address first.' },
    })
  if (!role)
    throw invalidInput({
      role: { fr: "Cette fonction n'a pas d'accès à Escale.", en: 'This role has no access to Escale.' },
    })
  if (input.scope === 'service_point' && !staff.servicePointId) {
    throw invalidInput({
      scope: { fr: "Ce membre n'est rattaché à aucun point de services.", en: 'This member has no service point.' },
    })
  }
  return role
}

/**
 * Opens a sign-in account for a team member, with the role of their function and the scope of their region or
 * service point. Returns the generated password, to hand over once.
 */
export async function createStaffAccount(
  ctx: Ctx,
  staffId: string,
  input: StaffAccountInput,
): Promise<{ email: string; password: string }> {
  return inTransaction(ctx, async (tx) => {
    const staff = await getStaffForAccounts(tx, staffId)
    const role = assertCanOpenAccount(staff, input)
    const password = randomToken(12)
    const onServicePoint = input.scope === 'service_point'
    const user = await createUser(tx, {
      email: staff.email!,
      displayName: staff.fullName,
      password,
      role,
      // Every account opened here reaches its member's region or service point, admins included: an account that
      // reaches every region is opened by one that does (`escale user add --scope all`).
      scopeKind: input.scope,
      scopeRef: onServicePoint ? staff.servicePointId! : staff.regionCode,
    })
    await updateStaffRow(tx.db, staffId, { userId: user.id, updatedAt: tx.now })
    await recordAudit(tx, {
      action: 'staff.account_created',
      entityType: 'staff',
      entityId: staffId,
      regionCode: staff.regionCode,
    })
    return { email: staff.email!, password }
  })
}

/** A team member whose account the caller may act on (confirmation pages check it before asking anything). */
export async function getStaffForAccountActionOrThrow(ctx: Ctx, staffId: string): Promise<StaffOutput> {
  return presentStaff(await getStaffForAccounts(ctx, staffId), civilDate(ctx.now))
}

/** Whether a one-time password is the member's current one (the page shows it after the redirect only if so). */
export async function isFreshStaffPassword(ctx: Ctx, staffId: string, password: string): Promise<boolean> {
  const staff = await getStaffForAccounts(ctx, staffId)
  return staff.userId !== null && (await isCurrentPassword(ctx, staff.userId, password))
}

/** 'none', 'active' or 'disabled': the state of a team member's account. */
export async function staffAccountState(ctx: Ctx, staffId: string): Promise<AccountState> {
  const staff = await getStaffRowInScope(ctx, staffId)
  if (!staff.userId) return 'none'
  return (await isUserDisabled(ctx, staff.userId)) ? 'disabled' : 'active'
}

/** Disables (ending its sessions) or re-enables a team member's account. */
export async function setStaffAccountDisabled(ctx: Ctx, staffId: string, disabled: boolean): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const staff = await getStaffForAccounts(tx, staffId)
    if (!staff.userId) throw notFound('account')
    await setUserDisabled(tx, staff.userId, disabled)
    // The account's own event has no region; this one puts the action in the region's journal.
    const action = disabled ? 'staff.account_disabled' : 'staff.account_enabled'
    await recordAudit(tx, { action, entityType: 'staff', entityId: staffId, regionCode: staff.regionCode })
  })
}

/** Gives a team member's account a new generated password (ending its sessions) and returns it once. */
export async function resetStaffPassword(ctx: Ctx, staffId: string): Promise<{ email: string; password: string }> {
  return inTransaction(ctx, async (tx) => {
    const staff = await getStaffForAccounts(tx, staffId)
    if (!staff.userId || !staff.email) throw notFound('account')
    const password = await resetPassword(tx, staff.userId)
    await recordAudit(tx, {
      action: 'staff.password_reset',
      entityType: 'staff',
      entityId: staffId,
      regionCode: staff.regionCode,
    })
    return { email: staff.email, password }
  })
}
