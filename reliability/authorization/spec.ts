// The authorization specification of every route, as data: what each route (method + URL pattern) requires. Deny by
// default: a route the catalogue lists and this table does not classify fails the matrix, so a new route must be
// classified (public, signed-in, a permission of the policy table, or the partner portal) before it ships. The
// tables are kept per module in spec/*.ts.
import { accessRoutes } from './spec/access.js'
import { employersRoutes } from './spec/employers.js'
import { partnersRoutes } from './spec/partners.js'
import { peopleRoutes } from './spec/people.js'
import { reportsRoutes } from './spec/reports.js'
import type { Group, Requirement } from './spec/requirements.js'

export type { Requirement } from './spec/requirements.js'

const groups: Group[] = [...accessRoutes, ...partnersRoutes, ...peopleRoutes, ...employersRoutes, ...reportsRoutes]

/** The requirement of every classified route, by `METHOD /pattern`. */
export const specification: ReadonlyMap<string, Requirement> = new Map(
  groups.flatMap(([requirement, keys]) => keys.map((key) => [key, requirement] as const)),
)

/** The classified keys that appear twice (a table error: one route, one requirement). */
export const duplicateKeys: string[] = groups
  .flatMap(([, keys]) => keys)
  .filter((key, i, all) => all.indexOf(key) !== i)
