import type { ScopeResolver } from '../modules/access/index.js'
import { resolveOrganizationScope } from '../modules/partners/index.js'
import { resolveTerritoryScope } from '../modules/territory/index.js'

/**
 * Resolves any grant: territorial ones by the territory module, organizations by the partners module. Access sits
 * below both and cannot know their tables, so the composition root hands this in.
 */
export const resolveScope: ScopeResolver = (db, grant, date) =>
  grant.kind === 'organization' ? resolveOrganizationScope(db, grant) : resolveTerritoryScope(db, grant, date)
