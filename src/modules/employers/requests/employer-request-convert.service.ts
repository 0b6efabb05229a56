import type { Ctx } from '../../access/index.js'
import { inTransaction } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import type { EnterpriseCandidate, EnterpriseInput } from '../enterprises/enterprise.contracts.js'
import { createEnterprise, findEnterpriseDuplicates } from '../enterprises/enterprise.service.js'
import type { EmployerRequestOutput } from './employer-request.contracts.js'
import { employerRequestErrors } from './employer-request.messages.js'
import type { EmployerRequestRow } from './employer-request.queries.js'
import { getOpenEmployerRequestForUpdate, markEmployerRequestConverted } from './employer-request.service.js'

/**
 * The enterprises of the caller's regions the request may already be (the enterprises feature's duplicate check: the
 * same NEQ first, then similar names in the same municipality).
 */
export async function findEmployerRequestDuplicates(ctx: Ctx, row: EmployerRequestRow): Promise<EnterpriseCandidate[]> {
  const found = await findEnterpriseDuplicates(ctx.db, { neq: row.neq, legalName: row.enterpriseName, city: row.city })
  const all = found.sameNeq ? [found.sameNeq, ...found.similar] : found.similar
  return all.filter((c) => ctx.scope.coversRegion(c.regionCode))
}

/**
 * Turns an open request into a new enterprise record of the request's region (the enterprises feature's `createEnterprise`:
 * its checks, its duplicate refusal unless confirmed, its audit), and marks the request converted — one transaction.
 */
export async function createEnterpriseFromRequest(
  ctx: Ctx,
  id: string,
  input: EnterpriseInput,
): Promise<EmployerRequestOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getOpenEmployerRequestForUpdate(tx, id)
    if (input.regionCode !== row.regionCode) throw invalidInput({ regionCode: employerRequestErrors.regionOfRequest })
    const enterprise = await createEnterprise(tx, input)
    return markEmployerRequestConverted(tx, id, enterprise.id)
  })
}
