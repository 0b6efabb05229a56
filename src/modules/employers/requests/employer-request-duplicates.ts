import { sql } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { queryRows } from '../../../platform/db/database.js'
import type { EmployerRequestRow, EnterpriseCandidate } from './employer-request.queries.js'

/** How alike two folded names must be (pg_trgm similarity, 0–1) in the same municipality to flag a duplicate. */
const NAME_SIMILARITY = 0.4

/**
 * The enterprises of the request's region it may already be: the same NEQ, or a similar name in the same municipality
 * (accents, case and punctuation folded), most alike first.
 */
export async function findEmployerRequestDuplicates(ctx: Ctx, row: EmployerRequestRow): Promise<EnterpriseCandidate[]> {
  const name = sql`people.fold(${row.enterpriseName})`
  return queryRows<EnterpriseCandidate>(
    ctx.db,
    sql`select id, legal_name as "legalName", neq, city, region_code as "regionCode"
      from employers.enterprises
      where region_code = ${row.regionCode}
        and ((${row.neq}::text is not null and neq = ${row.neq}::text)
          or (city_folded = people.fold(${row.city}) and similarity(name_folded, ${name}) >= ${NAME_SIMILARITY}))
      order by (neq is not distinct from ${row.neq}::text) desc, similarity(name_folded, ${name}) desc, legal_name
      limit 10`,
  )
}
