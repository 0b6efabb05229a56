import type { Ctx } from '../../access/index.js'
import { forbidden, invalidInput } from '../../../platform/errors.js'
import { isUuid } from '../../../platform/validation.js'
import type { OrganizationPage, OrganizationQuery } from './organization.contracts.js'
import { canReadOrganizations } from './organization.policy.js'
import { presentSummary } from './organization.presenter.js'
import { listOrganizationRows } from './organization.queries.js'

/** Organizations per page of the list (a region holds a few dozen; the whole province, thousands). */
export const PAGE_SIZE = 50

type Position = [name: string, id: string]

/** The opaque position after a row (base64url JSON): clients hand it back, never build it. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

const badCursor = () =>
  invalidInput({
    cursor: {
      fr: 'Position de page invalide : reprenez la liste depuis le début.',
      en: 'Invalid page position: start the list again from the beginning.',
    },
  })

function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((v) => typeof v === 'string') &&
      isUuid(String(value[1]))
    )
      return value as Position
  } catch {
    // Not JSON: the same answer as a well-formed cursor that names nothing.
  }
  throw badCursor()
}

/** The region codes the list keeps: the caller's, narrowed to one region when asked (another region's: none). */
function regionsOf(ctx: Ctx, regionCode?: string): 'all' | string[] {
  if (regionCode) return ctx.scope.coversRegion(regionCode) ? [regionCode] : []
  return ctx.scope.regionCodes === 'all' ? 'all' : [...ctx.scope.regionCodes]
}

/**
 * The organizations of the caller's regions, by name, filtered (words, kind, service category, MRC served) and page by
 * page (keyset: `nextCursor`), in one query.
 */
export async function listOrganizations(ctx: Ctx, query: OrganizationQuery = {}): Promise<OrganizationPage> {
  if (!canReadOrganizations(ctx.actor)) throw forbidden()
  const filter = {
    q: query.q || undefined,
    kind: query.kind,
    service: query.service,
    mrc: query.mrc,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  }
  const rows = await listOrganizationRows(ctx.db, regionsOf(ctx, query.regionCode), filter, PAGE_SIZE + 1)
  const data = rows.slice(0, PAGE_SIZE)
  const last = data.at(-1)
  const nextCursor = rows.length > PAGE_SIZE && last ? encodeCursor([last.name, last.id]) : null
  return { data: data.map(presentSummary), nextCursor }
}
