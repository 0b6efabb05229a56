import type { Ctx } from '../../access/index.js'
import { forbidden, notFound } from '../../../platform/errors.js'
import { canManageObligations, canReadObligations } from './obligation.policy.js'
import { type AgreementFacts, findAgreementFacts } from './obligation.queries.js'

// The checks the obligation services start with: the policy's answers turned into errors, and the agreement read
// through the caller's scope. Services call these; pages and routes call the services.

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

/** An agreement the caller's scope reaches, or not_found; locked when asked (the caller's transaction holds it). */
export async function agreementInScope(ctx: Ctx, id: string, lock = false): Promise<AgreementFacts> {
  const agreement = await findAgreementFacts(ctx.db, id, lock)
  if (!agreement) throw notFound('agreement')
  assertRegion(ctx, agreement.regionCode, 'agreement')
  return agreement
}
