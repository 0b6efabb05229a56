// Real values to put in path parameters and id fields, so fuzzed requests reach deep code and not only 404s: ids and
// codes of the records the demo loaded, and, for each route prefix (`/app/ententes/:id`), the value that names a record
// there, found by trying them on the prefix's GET page as an administrator.
import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../src/platform/db/database.js'
import type { CatalogueRoute } from '../routes.js'

export type Samples = {
  /** A few ids of each table with a uuid `id` (one list per table). */
  idsByTable: Map<string, string[]>
  /** Every sampled id, flat. */
  ids: string[]
  /** Codes (`code` columns) and public slugs, for parameters that are not ids. */
  codes: string[]
}

/** Samples the database: a few ids per table, a few codes per table, the public regions' slugs. */
export async function sampleDatabase(db: Db): Promise<Samples> {
  const columns = await queryRows<{ s: string; t: string; c: string }>(
    db,
    sql`select table_schema as s, table_name as t, column_name as c from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema', 'drizzle') and column_name in ('id', 'code', 'slug')
        and ((column_name = 'id' and data_type = 'uuid') or (column_name <> 'id' and data_type = 'text'))
      order by 1, 2, 3`,
  )
  const idsByTable = new Map<string, string[]>()
  const codes = new Set<string>(['gaspesie-iles-de-la-madeleine', '11', '01'])
  for (const { s, t, c } of columns) {
    const rows = await queryRows<{ v: string }>(
      db,
      sql`select ${sql.identifier(c)}::text as v from ${sql.identifier(s)}.${sql.identifier(t)} order by 1 limit 3`,
    )
    if (c === 'id' && rows.length > 0)
      idsByTable.set(
        `${s}.${t}`,
        rows.map((r) => r.v),
      )
    if (c !== 'id') for (const r of rows) codes.add(r.v)
  }
  return { idsByTable, ids: [...idsByTable.values()].flat(), codes: [...codes] }
}

/** The URL prefixes that end with a parameter (`/app/ententes/:id`, `/app/ententes/:id/rapports/:reportId`). */
export function paramPrefixes(url: string): string[] {
  const parts = url.split('/')
  const out: string[] = []
  parts.forEach((p, i) => {
    if (p.startsWith(':')) out.push(parts.slice(0, i + 1).join('/'))
  })
  return out
}

/** Fills a URL pattern's parameters from a map (missing ones get `fallback`). */
export function fillUrl(pattern: string, values: Record<string, string>, fallback = 'x'): string {
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? fallback))
}

type Probe = (url: string) => Promise<number>

/**
 * For each prefix, the values that name a record there: each candidate is tried on a GET route of the prefix (the
 * earlier parameters already found), the first one that answers below 400 is kept. Prefixes without a GET route, or
 * where nothing answers, have none (the fuzzer then uses every sampled value).
 */
export async function discoverParams(
  routes: CatalogueRoute[],
  samples: Samples,
  probe: Probe,
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const prefixes = [...new Set(routes.flatMap((r) => paramPrefixes(r.url)))].sort((a, b) => a.length - b.length)
  for (const prefix of prefixes) {
    const target = routes.find((r) => r.method === 'GET' && r.url.startsWith(prefix) && !hasParamAfter(r.url, prefix))
    if (!target) continue
    const known = knownValues(prefix, found)
    const name = prefix.slice(prefix.lastIndexOf(':') + 1)
    for (const value of candidatesOf(prefix, samples).slice(0, MAX_TRIES)) {
      const status = await probe(fillUrl(target.url, { ...known, [name]: value }))
      if (status < 400) {
        found.set(prefix, value)
        break
      }
    }
  }
  return found
}

const MAX_TRIES = 12

/**
 * The values to try for a prefix's last parameter: ids for an id (first those of tables named like a segment of the
 * URL, `/api/v1/persons/:id` → people.persons), codes and slugs for the others.
 */
function candidatesOf(prefix: string, samples: Samples): string[] {
  const name = prefix.slice(prefix.lastIndexOf(':') + 1)
  if (!/id$/i.test(name)) return samples.codes
  const stems = prefix
    .split('/')
    .filter((s) => s && !s.startsWith(':'))
    .map((s) => s.replace(/s$/, '').slice(0, 5).toLowerCase())
  const score = (table: string) => {
    const t = table.slice(table.indexOf('.') + 1).replaceAll('_', '')
    return stems.some((s) => s.length >= 4 && t.includes(s)) ? 0 : 1
  }
  const tables = [...samples.idsByTable.keys()].sort((a, b) => score(a) - score(b))
  return tables.map((t) => samples.idsByTable.get(t)![0]!)
}

const hasParamAfter = (url: string, prefix: string) => url.slice(prefix.length).includes(':')

/** The values found for a URL's prefixes, by parameter name. */
export function knownValues(url: string, found: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const prefix of paramPrefixes(url)) {
    const value = found.get(prefix)
    if (value !== undefined) out[prefix.slice(prefix.lastIndexOf(':') + 1)] = value
  }
  return out
}
