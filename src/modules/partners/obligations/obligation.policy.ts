import { type Actor, type Ctx, can, type Scope } from '../../access/index.js'
import { forbidden, notFound } from '../../../platform/errors.js'

// Pure rules: who may read and change an agreement's schedule and deliverables. Pages ask them too.

/** Every staff member reads the obligations of their regions' agreements. */
export function canReadObligations(actor: Actor): boolean {
  return can(actor, 'partners.read')
}

/** Directors and admins set schedules, record payments and deliverables, review them: in their regions. */
export function canManageObligations(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'partners.manage') && (regionCode === undefined || scope.coversRegion(regionCode))
}

export function assertCanRead(ctx: Ctx): void {
  if (!canReadObligations(ctx.actor)) throw forbidden()
}

export function assertCanManage(ctx: Ctx): void {
  if (!canManageObligations(ctx.actor, ctx.scope)) throw forbidden()
}

/** A record of another region answers as if it did not exist. */
export function assertRegion(ctx: Ctx, regionCode: string, entity: string): void {
  if (!ctx.scope.coversRegion(regionCode)) throw notFound(entity)
}
