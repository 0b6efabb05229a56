import { eq } from 'drizzle-orm'
import { Scope, type ScopeGrant } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { organizations } from './organization.schema.js'

/** Resolves an organization grant (a partner account) to its scope; undefined when the organization does not exist. */
export async function resolveOrganizationScope(db: Db, grant: ScopeGrant): Promise<Scope | undefined> {
  if (grant.kind !== 'organization' || !grant.ref || !isUuid(grant.ref)) return undefined
  const [row] = await db
    .select({ id: organizations.id, regionCode: organizations.regionCode })
    .from(organizations)
    .where(eq(organizations.id, grant.ref))
  return row ? Scope.ofOrganization(row.id, row.regionCode) : undefined
}
